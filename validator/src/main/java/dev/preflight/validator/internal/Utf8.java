package dev.preflight.validator.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 checking of a byte array, as {@code CharsetDecoder} with {@code REPORT} checks it:
 * no overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence.
 */
final class Utf8 {
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8() {}

  /**
   * Whether {@code bytes} from {@code start} are strict UTF-8 without a NUL byte. A NUL is never
   * valid in a JSON text outside an escape, and rejecting it keeps Jackson's byte-source encoding
   * detection (which takes zero bytes for UTF-16 or UTF-32) from reading the body as anything but
   * UTF-8.
   */
  static boolean isStrictWithoutNul(byte[] bytes, int start) {
    int i = start;
    int n = bytes.length;
    ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    while (i < n) {
      // Eight ASCII bytes without NUL at once: no high bit set, and (with no high bit set, exactly)
      // no zero byte. Read through a ByteBuffer, which the JIT turns into one load; a VarHandle
      // would do the same but costs a cold start the creation of its lambda forms.
      while (i + 8 <= n) {
        long word = words.getLong(i);
        if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
          break;
        }
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b > 0) { // ASCII other than NUL, the common case
        i++;
        continue;
      }
      if (b == 0) {
        return false;
      }
      int lead = b & 0xFF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        if (i + 1 >= n || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        if (i + 2 >= n) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : 0x80; // E0 below A0 is overlong
        int high = lead == 0xED ? 0x9F : 0xBF; // ED above 9F encodes a surrogate
        if (second < low || second > high || !continuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        if (i + 3 >= n) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        int low = lead == 0xF0 ? 0x90 : 0x80; // F0 below 90 is overlong
        int high = lead == 0xF4 ? 0x8F : 0xBF; // F4 above 8F is beyond U+10FFFF
        if (second < low
            || second > high
            || !continuation(bytes[i + 2])
            || !continuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false; // a continuation byte without a lead, C0, C1 or F5 to FF
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
