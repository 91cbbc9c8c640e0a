package org.briefing.subscriptions.control;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The time zones readers choose from: the IANA zones of a place (Area/City), by their current
 * names. Old names that browsers still report ("Europe/Kiev", "Asia/Calcutta") are accepted and
 * stored as the current one; so is any zone's name in other letters' case.
 */
public final class TimeZones {

  /** Renamed or merged zones of the IANA database's "backward" file that readers still meet. */
  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("Africa/Asmera", "Africa/Asmara"),
          Map.entry("Africa/Timbuktu", "Africa/Bamako"),
          Map.entry("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
          Map.entry("America/Catamarca", "America/Argentina/Catamarca"),
          Map.entry("America/Cordoba", "America/Argentina/Cordoba"),
          Map.entry("America/Jujuy", "America/Argentina/Jujuy"),
          Map.entry("America/Mendoza", "America/Argentina/Mendoza"),
          Map.entry("America/Rosario", "America/Argentina/Cordoba"),
          Map.entry("America/Godthab", "America/Nuuk"),
          Map.entry("America/Indianapolis", "America/Indiana/Indianapolis"),
          Map.entry("America/Fort_Wayne", "America/Indiana/Indianapolis"),
          Map.entry("America/Knox_IN", "America/Indiana/Knox"),
          Map.entry("America/Louisville", "America/Kentucky/Louisville"),
          Map.entry("America/Montreal", "America/Toronto"),
          Map.entry("America/Ensenada", "America/Tijuana"),
          Map.entry("America/Santa_Isabel", "America/Tijuana"),
          Map.entry("America/Shiprock", "America/Denver"),
          Map.entry("America/Atka", "America/Adak"),
          Map.entry("America/Porto_Acre", "America/Rio_Branco"),
          Map.entry("America/Coral_Harbour", "America/Atikokan"),
          Map.entry("Antarctica/South_Pole", "Pacific/Auckland"),
          Map.entry("Asia/Ashkhabad", "Asia/Ashgabat"),
          Map.entry("Asia/Calcutta", "Asia/Kolkata"),
          Map.entry("Asia/Chongqing", "Asia/Shanghai"),
          Map.entry("Asia/Chungking", "Asia/Shanghai"),
          Map.entry("Asia/Harbin", "Asia/Shanghai"),
          Map.entry("Asia/Dacca", "Asia/Dhaka"),
          Map.entry("Asia/Istanbul", "Europe/Istanbul"),
          Map.entry("Asia/Kashgar", "Asia/Urumqi"),
          Map.entry("Asia/Katmandu", "Asia/Kathmandu"),
          Map.entry("Asia/Macao", "Asia/Macau"),
          Map.entry("Asia/Rangoon", "Asia/Yangon"),
          Map.entry("Asia/Saigon", "Asia/Ho_Chi_Minh"),
          Map.entry("Asia/Tel_Aviv", "Asia/Jerusalem"),
          Map.entry("Asia/Thimbu", "Asia/Thimphu"),
          Map.entry("Asia/Ujung_Pandang", "Asia/Makassar"),
          Map.entry("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
          Map.entry("Atlantic/Faeroe", "Atlantic/Faroe"),
          Map.entry("Atlantic/Jan_Mayen", "Europe/Oslo"),
          Map.entry("Australia/ACT", "Australia/Sydney"),
          Map.entry("Australia/Canberra", "Australia/Sydney"),
          Map.entry("Australia/NSW", "Australia/Sydney"),
          Map.entry("Australia/LHI", "Australia/Lord_Howe"),
          Map.entry("Australia/North", "Australia/Darwin"),
          Map.entry("Australia/Queensland", "Australia/Brisbane"),
          Map.entry("Australia/South", "Australia/Adelaide"),
          Map.entry("Australia/Tasmania", "Australia/Hobart"),
          Map.entry("Australia/Victoria", "Australia/Melbourne"),
          Map.entry("Australia/West", "Australia/Perth"),
          Map.entry("Australia/Yancowinna", "Australia/Broken_Hill"),
          Map.entry("Europe/Belfast", "Europe/London"),
          Map.entry("Europe/Kiev", "Europe/Kyiv"),
          Map.entry("Europe/Uzhgorod", "Europe/Kyiv"),
          Map.entry("Europe/Zaporozhye", "Europe/Kyiv"),
          Map.entry("Europe/Nicosia", "Asia/Nicosia"),
          Map.entry("Europe/Tiraspol", "Europe/Chisinau"),
          Map.entry("Pacific/Enderbury", "Pacific/Kanton"),
          Map.entry("Pacific/Johnston", "Pacific/Honolulu"),
          Map.entry("Pacific/Ponape", "Pacific/Pohnpei"),
          Map.entry("Pacific/Samoa", "Pacific/Pago_Pago"),
          Map.entry("Pacific/Truk", "Pacific/Chuuk"),
          Map.entry("Pacific/Yap", "Pacific/Chuuk"));

  private static final String PLACE =
      "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+";

  /** Every zone id by its lower-case form, for names typed in any case. */
  private static final Map<String, String> BY_LOWER_CASE = new TreeMap<>();

  /** The zones offered, current names only, sorted; UTC first. */
  private static final List<String> OFFERED;

  static {
    ZoneId.getAvailableZoneIds().forEach(id -> BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id));
    OFFERED =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("UTC"),
                ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.matches(PLACE) && !RENAMED.containsKey(id))
                    .sorted())
            .toList();
  }

  private TimeZones() {}

  /** The zones a reader chooses from. */
  public static List<String> offered() {
    return OFFERED;
  }

  /** Old names and their current ones: "Europe/Kiev" → "Europe/Kyiv". */
  public static Map<String, String> renamed() {
    return RENAMED;
  }

  /** The zone a reader means, by its current name; empty when there is no such zone. */
  public static Optional<ZoneId> resolve(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of(ZoneOffset.UTC);
    }
    String id = BY_LOWER_CASE.get(name.strip().toLowerCase(Locale.ROOT));
    if (id == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(RENAMED.getOrDefault(id, id)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "Europe/Kyiv" as a person reads it in a list: "Europe/Kyiv (UTC+02:00)", offset of today. */
  public static String label(String id) {
    String offset =
        ZoneId.of(id).getRules().getOffset(java.time.Instant.now()).getId().replace("Z", "+00:00");
    return id.replace('_', ' ') + " (UTC" + offset + ")";
  }

  /** The zone whose city a reader typed alone: "Kyiv" or "kiev" gives "Europe/Kyiv". */
  public static Optional<String> suggest(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String city = typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    for (String id : BY_LOWER_CASE.values()) {
      if (id.matches(PLACE) && id.toLowerCase(Locale.ROOT).endsWith("/" + city)) {
        return Optional.of(RENAMED.getOrDefault(id, id));
      }
    }
    return Optional.empty();
  }
}
