package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Values in messages read exactly as Jackson writes them. */
class NodeTextTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void readsAsJacksonWritesEveryKindOfValue() {
    List<JsonNode> values = new ArrayList<>();
    values.add(NODES.numberNode(8));
    values.add(NODES.numberNode(-2147483648));
    values.add(NODES.numberNode(Long.MIN_VALUE));
    values.add(NODES.numberNode((short) 3));
    values.add(NODES.numberNode(2.5));
    values.add(NODES.numberNode(1e20));
    values.add(NODES.numberNode(0.002));
    values.add(NODES.numberNode(1.5f));
    values.add(NODES.numberNode(new BigDecimal("1E+3")));
    values.add(NODES.numberNode(new BigDecimal("-0.000")));
    values.add(NODES.numberNode(new BigInteger("123456789012345678901234567890")));
    values.add(NODES.booleanNode(true));
    values.add(NODES.booleanNode(false));
    values.add(NODES.nullNode());
    values.add(NODES.objectNode().put("a", "b"));
    values.add(NODES.arrayNode().add(1).add("x"));
    values.add(NODES.stringNode(""));
    values.add(NODES.stringNode("medium"));
    values.add(NODES.stringNode("a/b \"c\" \\d \u007f \u00e9 \u2028 \ud83d\ude00 <>&'"));
    values.add(NODES.stringNode("lone \ud800 surrogate"));
    values.add(NODES.stringNode("lone \udc00"));
    for (char c = 0; c < 0x20; c++) {
      values.add(NODES.stringNode("x" + c + "y"));
    }
    Random random = new Random(5);
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(6);
      for (int j = 0; j < length; j++) {
        text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
      }
      values.add(NODES.stringNode(text.toString()));
    }
    for (JsonNode value : values) {
      assertThat(NodeText.of(value)).isEqualTo(value.toString());
    }
  }
}
