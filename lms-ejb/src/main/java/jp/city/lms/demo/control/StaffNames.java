package jp.city.lms.demo.control;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Common Japanese surnames and given names with their katakana readings, for the demo city's
 * registry. Names are written the way a Japanese HR export writes them ("山田　太郎": surname,
 * full-width space, given name) and use only characters of JIS X 0208, so every one of them
 * survives a Windows-31J (Shift_JIS) export, which is what many municipal HR systems still emit.
 */
final class StaffNames {

  /** A name part and its reading. */
  record Part(String kanji, String kana) {}

  /** A full name as the registry writes it. */
  record FullName(String name, String kana) {}

  private static final String FULL_WIDTH_SPACE = "\u3000";

  private static final List<Part> SURNAMES =
      parse(
          """
          佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト
          中村:ナカムラ 小林:コバヤシ 加藤:カトウ 吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ
          松本:マツモト 井上:イノウエ 木村:キムラ 林:ハヤシ 斎藤:サイトウ 清水:シミズ 山崎:ヤマザキ
          森:モリ 池田:イケダ 橋本:ハシモト 阿部:アベ 石川:イシカワ 山下:ヤマシタ 中島:ナカシマ
          石井:イシイ 小川:オガワ 前田:マエダ 岡田:オカダ 長谷川:ハセガワ 藤田:フジタ 後藤:ゴトウ
          近藤:コンドウ 村上:ムラカミ 遠藤:エンドウ 青木:アオキ 坂本:サカモト 斉藤:サイトウ 福田:フクダ
          太田:オオタ 西村:ニシムラ 藤井:フジイ 金子:カネコ 岡本:オカモト 藤原:フジワラ 中野:ナカノ
          三浦:ミウラ 原田:ハラダ 中川:ナカガワ 松田:マツダ 竹内:タケウチ 小野:オノ 田村:タムラ
          中山:ナカヤマ 和田:ワダ 石田:イシダ 森田:モリタ 上田:ウエダ 原:ハラ 内田:ウチダ 柴田:シバタ
          酒井:サカイ 宮崎:ミヤザキ 横山:ヨコヤマ 高木:タカギ 安藤:アンドウ 宮本:ミヤモト 大野:オオノ
          小島:コジマ 工藤:クドウ 谷口:タニグチ 今井:イマイ 高田:タカダ 丸山:マルヤマ 増田:マスダ
          杉山:スギヤマ 村田:ムラタ 大塚:オオツカ 小山:コヤマ 藤本:フジモト 平野:ヒラノ 新井:アライ
          河野:カワノ 上野:ウエノ 野口:ノグチ 武田:タケダ 松井:マツイ 千葉:チバ 岩崎:イワサキ
          菅原:スガワラ 木下:キノシタ 久保:クボ 佐野:サノ 野村:ノムラ 松尾:マツオ 市川:イチカワ
          菊地:キクチ 杉本:スギモト 古川:フルカワ 大西:オオニシ 島田:シマダ 水野:ミズノ 桜井:サクライ
          高野:タカノ 渡部:ワタナベ 吉川:ヨシカワ 山内:ヤマウチ 西田:ニシダ 飯田:イイダ 菊池:キクチ
          西川:ニシカワ 小松:コマツ 北村:キタムラ 安田:ヤスダ 五十嵐:イガラシ 川口:カワグチ 平田:ヒラタ
          関:セキ 中田:ナカタ 久保田:クボタ 服部:ハットリ 東:ヒガシ 岩田:イワタ 土屋:ツチヤ
          川崎:カワサキ 福島:フクシマ 本田:ホンダ 辻:ツジ 樋口:ヒグチ 秋山:アキヤマ 田口:タグチ
          永井:ナガイ 山中:ヤマナカ 中西:ナカニシ 吉村:ヨシムラ 川上:カワカミ 大橋:オオハシ 石原:イシハラ
          松岡:マツオカ 浜田:ハマダ 馬場:ババ 森本:モリモト 野田:ノダ 矢野:ヤノ 小池:コイケ
          内藤:ナイトウ 松下:マツシタ 古賀:コガ 末松:スエマツ 江口:エグチ 白石:シライシ 中尾:ナカオ
          堤:ツツミ 原口:ハラグチ 吉永:ヨシナガ 緒方:オガタ 梅田:ウメダ 大久保:オオクボ 荒木:アラキ
          """);

  private static final List<Part> MALE_GIVEN_NAMES =
      parse(
          """
          太郎:タロウ 一郎:イチロウ 健一:ケンイチ 浩二:コウジ 誠:マコト 大輔:ダイスケ 翔太:ショウタ
          拓也:タクヤ 健太:ケンタ 直樹:ナオキ 和也:カズヤ 達也:タツヤ 雄一:ユウイチ 隆:タカシ
          博:ヒロシ 修:オサム 茂:シゲル 清:キヨシ 進:ススム 学:マナブ 聡:サトシ 剛:ツヨシ 亮:リョウ
          淳:ジュン 健:ケン 大樹:ダイキ 翔:ショウ 蓮:レン 悠真:ユウマ 陽翔:ハルト 湊:ミナト
          大翔:ヒロト 颯太:ソウタ 悠斗:ユウト 陸:リク 海斗:カイト 優太:ユウタ 涼:リョウ 航:ワタル
          俊介:シュンスケ 康弘:ヤスヒロ 正人:マサト 秀樹:ヒデキ 和彦:カズヒコ 信也:シンヤ 智之:トモユキ
          哲也:テツヤ 賢治:ケンジ 稔:ミノル 勝:マサル 豊:ユタカ 正樹:マサキ 裕介:ユウスケ 慎一:シンイチ
          光:ヒカル 圭:ケイ 徹:トオル 悟:サトル 浩:ヒロシ 秀明:ヒデアキ 隆之:タカユキ 雅人:マサト
          祐介:ユウスケ 晃:アキラ 洋平:ヨウヘイ 拓海:タクミ 樹:イツキ 龍之介:リュウノスケ 健二:ケンジ
          功:イサオ 伸一:シンイチ 義男:ヨシオ 幸一:コウイチ 英二:エイジ 敏夫:トシオ 真司:シンジ
          """);

  private static final List<Part> FEMALE_GIVEN_NAMES =
      parse(
          """
          花子:ハナコ 陽子:ヨウコ 恵子:ケイコ 幸子:サチコ 洋子:ヨウコ 裕子:ユウコ 久美子:クミコ
          由美子:ユミコ 真由美:マユミ 明美:アケミ 直美:ナオミ 智子:トモコ 恵美:エミ 美穂:ミホ 愛:アイ
          彩:アヤ 舞:マイ 優子:ユウコ 香織:カオリ 麻衣:マイ 沙織:サオリ 美咲:ミサキ 陽菜:ヒナ 結衣:ユイ
          葵:アオイ さくら:サクラ 凛:リン 結愛:ユア 芽衣:メイ 美月:ミツキ 七海:ナナミ 彩花:アヤカ
          千尋:チヒロ 遥:ハルカ 美紀:ミキ 由香:ユカ 理恵:リエ 綾:アヤ 京子:キョウコ 和子:カズコ
          節子:セツコ 弘子:ヒロコ 順子:ジュンコ 典子:ノリコ 敦子:アツコ 純子:ジュンコ 友美:トモミ
          亜希子:アキコ 奈々:ナナ 里美:サトミ 瞳:ヒトミ 梓:アズサ 茜:アカネ 望:ノゾミ 楓:カエデ
          菜摘:ナツミ 真奈美:マナミ 亜美:アミ 早紀:サキ 知美:トモミ 麻美:アサミ 莉子:リコ 杏:アン
          美優:ミユ 愛子:アイコ 玲奈:レイナ 優奈:ユウナ 詩織:シオリ 美奈子:ミナコ 佳奈:カナ 春香:ハルカ
          奈緒:ナオ 彩乃:アヤノ 紀子:ノリコ 恵理:エリ 美香:ミカ
          """);

  private StaffNames() {}

  /** Draws a name: surname, then a male or female given name with equal chance. */
  static FullName draw(SplittableRandom rng) {
    Part surname = SURNAMES.get(rng.nextInt(SURNAMES.size()));
    List<Part> given = rng.nextBoolean() ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES;
    Part givenName = given.get(rng.nextInt(given.size()));
    return new FullName(
        surname.kanji() + FULL_WIDTH_SPACE + givenName.kanji(),
        surname.kana() + FULL_WIDTH_SPACE + givenName.kana());
  }

  static List<Part> surnames() {
    return SURNAMES;
  }

  static List<Part> givenNames() {
    return Stream.concat(MALE_GIVEN_NAMES.stream(), FEMALE_GIVEN_NAMES.stream()).toList();
  }

  private static List<Part> parse(String table) {
    return Arrays.stream(table.strip().split("\\s+"))
        .map(
            entry -> {
              int colon = entry.indexOf(':');
              return new Part(entry.substring(0, colon), entry.substring(colon + 1));
            })
        .toList();
  }
}
