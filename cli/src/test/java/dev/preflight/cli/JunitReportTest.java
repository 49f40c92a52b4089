package dev.preflight.cli;

import static dev.preflight.cli.TestInputs.BROKEN;
import static dev.preflight.cli.TestInputs.BROKEN_MESSAGE;
import static dev.preflight.cli.TestInputs.VALID;
import static dev.preflight.cli.TestInputs.WARNING_MESSAGE;
import static dev.preflight.cli.TestInputs.WARNING_ONLY;
import static dev.preflight.cli.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.cli.CliRun.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --format junit}: one test case per file, a failure per file with findings. */
class JunitReportTest {
  @TempDir Path dir;

  @Test
  void oneTestCasePerFileAndAFailureForEachFileWithFindings() throws Exception {
    write(dir, "a-valid.json", VALID);
    write(dir, "b-warn.json", WARNING_ONLY);
    write(dir, "c-broken.json", BROKEN);

    Result result = CliRun.in(dir).run("lint", "--format", "junit", ".");

    assertThat(result.exitCode()).isEqualTo(1);
    Document xml = parse(result.out());
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("a-valid.json");
    assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
    Element warning = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
    assertThat(warning.getAttribute("type")).isEqualTo("warning");
    assertThat(warning.getAttribute("message")).isEqualTo("1 problem");
    assertThat(warning.getTextContent())
        .isEqualTo(
            "\nb-warn.json:3:22  warning  spec/unknown-variant  "
                + WARNING_MESSAGE
                + " at /tools/0/type\n");
    Element error = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("error");
    assertThat(error.getTextContent())
        .isEqualTo(
            "\nc-broken.json:3:18  error  spec/type  " + BROKEN_MESSAGE + " at /temperature\n");
  }

  @Test
  void markupAndControlCharactersInInputAreEscaped() throws Exception {
    write(dir, "a&b<c>.json", "{\"messages\": [], \"temperature\": \"<\\u0001&>\"}");

    Result result = CliRun.in(dir).run("lint", "--format", "junit", ".");

    Document xml = parse(result.out());
    Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
    assertThat(testCase.getAttribute("name")).isEqualTo("a&b<c>.json");
    assertThat(testCase.getElementsByTagName("failure").item(0).getTextContent())
        .contains("a&b<c>.json:1:33  error  spec/type  ");
  }

  @Test
  void escapingKeepsOnlyCharactersXmlCanHold() {
    assertThat(JunitReport.text("a\u0001b\uD800c\uD83D\uDE00<&>"))
        .isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00&lt;&amp;&gt;");
    assertThat(JunitReport.attribute("\"x\"\n")).isEqualTo("&quot;x&quot;&#10;");
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
