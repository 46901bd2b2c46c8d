package jp.city.lms.demo.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The template of the demo city's organisation chart, modelled on Kitakyushu, a
 * government-designated city: about twenty bureaus (局 and the smaller 室 and 事務局) and its seven ward
 * offices. A bureau is split into departments (部), a department into sections (課), a section into
 * units (係); the small offices and the ward offices have their sections directly under them, as
 * they do in the real city. The generator takes a seed-dependent prefix of each list, so the first
 * entries are the ones every city has (総務局 > 人事部 > 人事課 > 研修係, where the training office sits, and
 * デジタル市役所推進室 > DX推進課, where the LMS administrators sit).
 *
 * <p>Line format: {@code name;staffing;profile|department:section,section|...}. An empty department
 * name puts the sections directly under the top unit. A section may carry a profile override
 * ({@code #W}) and its own unit names ({@code (係/係)}); otherwise it gets generic units. Profiles
 * steer the job-category mix: G general, T technical, W welfare, D digital.
 */
final class OrgPlan {

  /** Which job categories dominate a unit's staff. */
  enum Profile {
    GENERAL,
    TECHNICAL,
    WELFARE,
    DIGITAL
  }

  record SectionPlan(String name, Profile profile, List<String> units) {}

  record DepartmentPlan(String name, List<SectionPlan> sections) {
    boolean direct() {
      return name.isEmpty();
    }
  }

  record TopPlan(
      String name,
      String kind,
      double staffing,
      Profile profile,
      List<DepartmentPlan> departments) {}

  static final String BUREAU = "局";
  static final String WARD = "区";
  static final String DEPARTMENT = "部";
  static final String SECTION = "課";
  static final String UNIT = "係";

  /** Unit names for sections that have no particular ones. */
  static final List<String> GENERIC_UNITS =
      List.of(
          "庶務係", "企画係", "管理係", "事業係", "調整係", "審査係", "指導係", "計画係", "運営係", "推進係", "支援係", "調査係", "業務係",
          "相談係");

  static final List<TopPlan> BUREAUS =
      parse(
          BUREAU,
          """
          総務局;1.0;G|総務部:総務課,法規課,行政経営課,文書課|人事部:人事課(人事係/研修係/任用係/人事企画係),\
          職員課(職員係/福利係/安全衛生係),給与課,労務課,厚生課|庁舎管理部:庁舎管理課,管財課,契約課
          企画調整局;0.9;G|政策部:企画課,政策調整課,広域連携課,SDGs推進課|地方創生推進部:地方創生推進課,\
          移住定住推進課,大学連携課|国際政策部:国際政策課,国際交流課
          財政局;1.0;G|財政部:財政課,資金課,公有財産課|税務部:税制課,市民税課,資産税課,納税課,債権管理課
          危機管理室;0.6;G|:危機管理課,防災課,地域防災課
          デジタル市役所推進室;0.8;D|:DX推進課(DX企画係/DX推進係/人材育成係/BPR推進係),デジタル政策課,情報政策課,\
          サービス改革課,情報システム課#T
          市民文化スポーツ局;1.0;G|市民総務部:総務課,市民活動推進課,地域振興課,安全・安心推進課|文化部:文化企画課,\
          文化振興課,文化財課|スポーツ部:スポーツ振興課,スポーツ施設課,スポーツイベント課
          保健福祉局;1.4;W|総務部:総務課#G,監査指導課#G,保健福祉企画課|地域福祉部:地域福祉推進課,長寿社会対策課,\
          介護保険課,障害福祉課,保護課|保健衛生部:保健衛生課,健康推進課,感染症医療政策課,精神保健福祉課|\
          医務薬務部:医務課,薬務課
          子ども家庭局;1.2;W|総務企画部:総務企画課#G,子ども家庭政策課|子育て支援部:保育課,子育て支援課,青少年課,\
          子ども医療・療育課|子ども家庭相談部:相談支援課,家庭支援課
          環境局;1.5;T|総務政策部:総務課#G,環境政策課#G,グリーン成長推進課|環境監視部:環境監視課,環境保全課|\
          循環社会推進部:循環社会推進課,業務課,施設課,産業廃棄物対策課
          産業経済局;1.0;G|総務政策部:総務課,産業政策課|産業振興部:中小企業振興課,新産業振興課,企業立地支援課,\
          雇用政策課|農林水産部:農林課#T,水産課#T,農林水産振興課|観光部:観光課,MICE推進課
          都市戦略局;0.8;G|都市戦略部:都市戦略課,未来戦略課,データ戦略課|広報部:報道課,広報課,シティプロモーション課
          建築都市局;1.2;T|総務部:総務課#G,住宅計画課,市営住宅課#G|計画部:都市計画課,都市景観課,都市交通政策課|\
          建築部:建築審査課,建築指導課,営繕課,設備課
          都市整備局;1.3;T|総務部:総務課#G,技術監理課|道路部:道路計画課,道路建設課,道路維持課,橋梁課|\
          公園緑地部:公園管理課,緑政課,公園建設課|河川部:河川計画課,河川整備課
          港湾空港局;1.0;T|総務部:総務課#G,物流振興課#G,港営課|港湾計画部:港湾計画課,港湾整備課,環境・技術課|\
          空港企画部:空港企画課#G,空港整備課
          上下水道局;1.4;T|総務経営部:総務課#G,経営企画課#G,営業課#G|水道部:水道計画課,配水管理課,浄水課,水質試験課|\
          下水道部:下水道計画課,下水道整備課,施設課
          交通局;1.2;T|総務経営部:総務課#G,経営企画課#G|運輸部:運輸課,安全推進課,車両課
          消防局;2.4;T|総務部:総務課#G,職員課#G,企画課#G|警防部:警防課,救急課,指令課,消防航空課|\
          予防部:予防課,危険物保安課,査察課
          病院局;1.8;W|経営企画部:経営企画課#G,総務課#G,医事課#G|医療センター事務部:医療支援課,管理課#G
          会計室;0.6;G|:会計課,審査課,出納課
          教育委員会事務局;1.3;G|総務部:総務課,教職員課,企画調整課|学校支援部:学事課,学校施設課#T,学校保健課,\
          学校給食課|指導部:指導企画課,指導第一課,指導第二課,特別支援教育課|生涯学習部:生涯学習課,図書館課
          行政委員会事務局;0.6;G|:総務課,選挙課,監査第一課,監査第二課,任用課
          議会事務局;0.6;G|:総務課,議事課,政策調査課
          """);

  private static final String WARD_SECTIONS =
      "総務企画課(庶務係/企画係/広聴係),市民課(住民記録係/戸籍係/証明係/マイナンバー係),"
          + "保健福祉課#W(高齢者支援係/障害者支援係/健康づくり係/地域保健係),国保年金課(国保係/年金係/保険料係),"
          + "生活支援課#W(保護第一係/保護第二係/保護第三係/自立支援係),まちづくり整備課#T(管理係/整備係/公園係),"
          + "コミュニティ支援課(地域振興係/市民活動係)";

  static final List<TopPlan> WARDS =
      parse(
          WARD,
          """
          門司区役所;1.3;G|:%1$s
          小倉北区役所;1.8;G|:%1$s
          小倉南区役所;1.6;G|:%1$s
          若松区役所;1.0;G|:%1$s
          八幡東区役所;1.0;G|:%1$s
          八幡西区役所;1.9;G|:%1$s
          戸畑区役所;0.9;G|:%1$s
          """
              .formatted(WARD_SECTIONS));

  private OrgPlan() {}

  private static List<TopPlan> parse(String kind, String table) {
    List<TopPlan> tops = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] parts = line.strip().split("\\|");
      String[] head = parts[0].split(";");
      Profile profile = profile(head[2]);
      List<DepartmentPlan> departments = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        int colon = parts[i].indexOf(':');
        List<SectionPlan> sections = new ArrayList<>();
        for (String section : parts[i].substring(colon + 1).split(",")) {
          sections.add(section(section.strip(), profile));
        }
        departments.add(new DepartmentPlan(parts[i].substring(0, colon), List.copyOf(sections)));
      }
      tops.add(
          new TopPlan(
              head[0], kind, Double.parseDouble(head[1]), profile, List.copyOf(departments)));
    }
    return List.copyOf(tops);
  }

  private static SectionPlan section(String spec, Profile inherited) {
    List<String> units = List.of();
    int paren = spec.indexOf('(');
    if (paren >= 0) {
      units = Arrays.asList(spec.substring(paren + 1, spec.length() - 1).split("/"));
      spec = spec.substring(0, paren);
    }
    Profile profile = inherited;
    int hash = spec.indexOf('#');
    if (hash >= 0) {
      profile = profile(spec.substring(hash + 1));
      spec = spec.substring(0, hash);
    }
    return new SectionPlan(spec, profile, List.copyOf(units));
  }

  private static Profile profile(String letter) {
    return switch (letter) {
      case "G" -> Profile.GENERAL;
      case "T" -> Profile.TECHNICAL;
      case "W" -> Profile.WELFARE;
      case "D" -> Profile.DIGITAL;
      default -> throw new IllegalStateException("unknown profile " + letter);
    };
  }
}
