package dev.omnigraph.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Date and DateTime text (languages.md §3.5), shared by the loader, query literals and parameters.
 *
 * <ul>
 *   <li>Date: {@code YYYY-MM-DD} or {@code YYYYMMDD}; any other string is read as a DateTime and
 *       its UTC date is used. Stored as days since 1970-01-01.
 *   <li>DateTime: {@code YYYY-MM-DD} (midnight UTC), or {@code YYYY-MM-DD} then {@code T}, {@code t}
 *       or a space, then {@code HH:MM:SS[.fraction]} or {@code HHMMSS[.fraction]}, then optionally
 *       {@code Z}/{@code z} or an offset {@code ±HH}, {@code ±HH:MM}, {@code ±HHMM}; no offset means
 *       UTC. Stored as milliseconds since the epoch; digits below the millisecond are dropped.
 * </ul>
 */
public final class TemporalText {
  private static final long MS_PER_DAY = 86_400_000L;

  private TemporalText() {}

  /** Days since the epoch of a Date string. */
  public static int parseDate(String s) {
    if (s.length() == 10 || s.length() == 8) {
      int days = dateDays(s, 0, s.length() == 10);
      if (days != Integer.MIN_VALUE) {
        return days;
      }
      throw invalidDate(s);
    }
    long ms;
    try {
      ms = parseDateTime(s);
    } catch (TemporalFormatException e) {
      throw invalidDate(s);
    }
    return (int) Math.floorDiv(ms, MS_PER_DAY);
  }

  /** Milliseconds since the epoch of a DateTime string. */
  public static long parseDateTime(String s) {
    int n = s.length();
    if (n < 10) {
      throw invalidDateTime(s);
    }
    int days = dateDays(s, 0, true);
    if (days == Integer.MIN_VALUE) {
      throw invalidDateTime(s);
    }
    if (n == 10) {
      return days * MS_PER_DAY;
    }
    char sep = s.charAt(10);
    if (sep != 'T' && sep != 't' && sep != ' ') {
      throw invalidDateTime(s);
    }
    int i = 11;
    int hh;
    int mm;
    int ss;
    if (n >= i + 8 && s.charAt(i + 2) == ':' && s.charAt(i + 5) == ':') {
      hh = digits(s, i, 2);
      mm = digits(s, i + 3, 2);
      ss = digits(s, i + 6, 2);
      i += 8;
    } else if (n >= i + 6) {
      hh = digits(s, i, 2);
      mm = digits(s, i + 2, 2);
      ss = digits(s, i + 4, 2);
      i += 6;
    } else {
      throw invalidDateTime(s);
    }
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
      throw invalidDateTime(s);
    }
    int millis = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        if (i - start < 3) {
          millis = millis * 10 + (s.charAt(i) - '0');
        }
        i++;
      }
      if (i == start) {
        throw invalidDateTime(s);
      }
      for (int k = i - start; k < 3; k++) {
        millis *= 10;
      }
    }
    int offsetMinutes = 0;
    if (i < n) {
      char c = s.charAt(i);
      if ((c == 'Z' || c == 'z') && i + 1 == n) {
        i++;
      } else if (c == '+' || c == '-') {
        offsetMinutes = offset(s, i + 1);
        if (offsetMinutes < 0) {
          throw invalidDateTime(s);
        }
        if (c == '-') {
          offsetMinutes = -offsetMinutes;
        }
        i = n;
      } else {
        throw invalidDateTime(s);
      }
    }
    return days * MS_PER_DAY + ((hh * 60L + mm - offsetMinutes) * 60L + ss) * 1000L + millis;
  }

  /** {@code YYYY-MM-DD} of a day number (query results). */
  public static String formatDate(int days) {
    return LocalDate.ofEpochDay(days).toString();
  }

  /** {@code YYYY-MM-DDTHH:MM:SS.mmmZ}, UTC, always three fraction digits (query results). */
  public static String formatDateTimeUtc(long ms) {
    StringBuilder b = dateTimeBase(ms);
    appendMillis(b, Math.floorMod(ms, 1000));
    return b.append('Z').toString();
  }

  /**
   * {@code YYYY-MM-DDTHH:MM:SS} with {@code .mmm} only when the milliseconds are not 0, without a
   * zone (export lines, semantics.md §13).
   */
  public static String formatDateTimeLocal(long ms) {
    StringBuilder b = dateTimeBase(ms);
    int millis = (int) Math.floorMod(ms, 1000);
    if (millis != 0) {
      appendMillis(b, millis);
    }
    return b.toString();
  }

  private static StringBuilder dateTimeBase(long ms) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), 0, ZoneOffset.UTC);
    StringBuilder b = new StringBuilder(24).append(t.toLocalDate()).append('T');
    two(b, t.getHour()).append(':');
    two(b, t.getMinute()).append(':');
    return two(b, t.getSecond());
  }

  private static void appendMillis(StringBuilder b, long millis) {
    b.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
        .append((char) ('0' + millis % 10));
  }

  private static StringBuilder two(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** Days of {@code YYYY-MM-DD} (dashes) or {@code YYYYMMDD} at {@code at}; MIN_VALUE if invalid. */
  private static int dateDays(String s, int at, boolean dashes) {
    int y = digits(s, at, 4);
    int m;
    int d;
    if (dashes) {
      if (s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
        return Integer.MIN_VALUE;
      }
      m = digits(s, at + 5, 2);
      d = digits(s, at + 8, 2);
    } else {
      m = digits(s, at + 4, 2);
      d = digits(s, at + 6, 2);
    }
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > LocalDate.of(y, m, 1).lengthOfMonth()) {
      return Integer.MIN_VALUE;
    }
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  /** Minutes of {@code HH}, {@code HH:MM} or {@code HHMM} filling the rest of s; -1 if invalid. */
  private static int offset(String s, int at) {
    int rest = s.length() - at;
    int h = rest >= 2 ? digits(s, at, 2) : -1;
    int m;
    if (rest == 2) {
      m = 0;
    } else if (rest == 5 && s.charAt(at + 2) == ':') {
      m = digits(s, at + 3, 2);
    } else if (rest == 4) {
      m = digits(s, at + 2, 2);
    } else {
      return -1;
    }
    if (h < 0 || h > 23 || m < 0 || m > 59) {
      return -1;
    }
    return h * 60 + m;
  }

  /** The value of {@code count} decimal digits at {@code at}, or -1. */
  private static int digits(String s, int at, int count) {
    if (at + count > s.length()) {
      return -1;
    }
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static TemporalFormatException invalidDate(String s) {
    return new TemporalFormatException("invalid Date literal '" + s + "': expected YYYY-MM-DD");
  }

  private static TemporalFormatException invalidDateTime(String s) {
    return new TemporalFormatException("invalid DateTime literal '" + s
        + "': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fff] with an optional Z or ±HH:MM offset");
  }

  /** A Date or DateTime string that does not parse; the message is the user-facing text. */
  public static final class TemporalFormatException extends IllegalArgumentException {
    TemporalFormatException(String message) {
      super(message);
    }
  }
}
