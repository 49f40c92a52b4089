package dev.preflight.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8} must accept exactly what the strict decoder of the text path accepts (minus NUL).
 */
class Utf8Test {
  private static boolean decoderAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  private static void agree(byte[] bytes) {
    assertThat(Utf8.isStrictWithoutNul(bytes, 0))
        .as("%s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
        .isEqualTo(decoderAccepts(bytes));
  }

  @Test
  void agreesOnEveryOneAndTwoByteInput() {
    for (int a = 0; a < 256; a++) {
      agree(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        agree(new byte[] {(byte) a, (byte) b});
      }
    }
  }

  @Test
  void agreesOnEveryThreeAndFourByteInputWithBoundaryContinuations() {
    int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};
    for (int a = 0x80; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c : edges) {
          agree(new byte[] {(byte) a, (byte) b, (byte) c});
          for (int d : edges) {
            agree(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
          }
        }
      }
    }
  }

  @Test
  void agreesOnRandomMixedText() {
    Random random = new Random(8);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = (byte) (random.nextBoolean() ? 0x20 + random.nextInt(0x5F) : random.nextInt());
      }
      agree(bytes);
    }
  }

  /** Long ASCII runs are checked eight bytes at a time: every position of a word must count. */
  @Test
  void agreesWhenTheOddByteIsAnywhereInALongAsciiRun() {
    int[] odd = {0x00, 0x7F, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF};
    for (int length = 1; length <= 40; length++) {
      byte[] ascii = new byte[length];
      java.util.Arrays.fill(ascii, (byte) 'a');
      agree(ascii);
      for (int at = 0; at < length; at++) {
        for (int b : odd) {
          byte[] bytes = ascii.clone();
          bytes[at] = (byte) b;
          agree(bytes);
        }
        // a complete two-, three- and four-byte sequence at every offset, and one cut short
        for (byte[] sequence :
            new byte[][] {
              {(byte) 0xC3, (byte) 0xA9},
              {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
              {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}
            }) {
          if (at + sequence.length <= length) {
            byte[] bytes = ascii.clone();
            System.arraycopy(sequence, 0, bytes, at, sequence.length);
            agree(bytes);
            agree(java.util.Arrays.copyOf(bytes, at + sequence.length - 1));
          }
        }
      }
    }
  }

  @Test
  void agreesOnRandomLongerText() {
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[8 + random.nextInt(40)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = (byte) (random.nextInt(20) > 0 ? 0x01 + random.nextInt(0x7F) : random.nextInt());
      }
      agree(bytes);
    }
  }

  @Test
  void startsAfterTheGivenOffset() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(Utf8.isStrictWithoutNul(bom, 3)).isTrue();
    assertThat(Utf8.isStrictWithoutNul(new byte[] {(byte) 0xFF, '{', '}'}, 1)).isTrue();
  }
}
