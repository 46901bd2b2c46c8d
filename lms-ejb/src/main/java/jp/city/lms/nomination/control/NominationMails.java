package jp.city.lms.nomination.control;

import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.notice.entity.NoticeText;

/**
 * The mail that tells the outcome of a nomination, Japanese first, then English: to the nominee,
 * and to the manager who nominated them.
 */
public final class NominationMails {

  private static final String RULE = "----------------------------------------";

  private NominationMails() {}

  /** One mail per nomination, outcome and recipient. */
  public static String key(Nomination n, boolean toManager) {
    return "nomination:" + n.getId() + ":" + n.getStatus() + (toManager ? ":manager" : ":nominee");
  }

  /**
   * @param recipientName whom the mail greets
   * @param subjectTitle what the round is for (course or tier), Japanese and English
   */
  public static NoticeText text(
      Nomination n, boolean toManager, String recipientName, String titleJa, String titleEn) {
    boolean selected = n.getStatus() == Nomination.Status.SELECTED;
    String outcomeJa = selected ? "選考結果（選出）" : "選考結果（見送り）";
    String outcomeEn = selected ? "Nomination selected" : "Nomination not selected";
    String subject =
        "【DX研修】所属長推薦の" + outcomeJa + "：" + titleJa + " / " + outcomeEn + ": " + titleEn;
    String nominee = n.getStaff().getName();
    StringBuilder body = new StringBuilder();
    body.append(recipientName).append(" 様\n\n");
    if (toManager) {
      body.append("ご推薦いただいた ").append(nominee).append(" さんの選考結果をお知らせします。\n\n");
    } else {
      body.append("所属長から推薦された研修の選考結果をお知らせします。\n\n");
    }
    body.append("  募集：").append(n.getRound().getTitle()).append('\n');
    body.append("  研修：").append(titleJa).append('\n');
    body.append("  結果：").append(selected ? "選出" : "見送り").append('\n');
    if (n.getDecisionReason() != null) {
      body.append("  理由：").append(n.getDecisionReason()).append('\n');
    }
    if (selected) {
      body.append("\n開催日程は、申込みが済みしだい別のお知らせでお送りします。\n");
    }
    body.append('\n').append(RULE).append("\n\n");
    body.append("Dear ").append(recipientName).append(",\n\n");
    if (toManager) {
      body.append("The outcome of your nomination of ").append(nominee).append(":\n\n");
    } else {
      body.append("The outcome of your manager's nomination of you:\n\n");
    }
    body.append("  Round:   ").append(n.getRound().getTitle()).append('\n');
    body.append("  Course:  ").append(titleEn).append('\n');
    body.append("  Outcome: ").append(selected ? "selected" : "not selected").append('\n');
    if (n.getDecisionReason() != null) {
      body.append("  Reason:  ").append(n.getDecisionReason()).append('\n');
    }
    if (selected) {
      body.append("\nThe dates follow in a separate mail once the place is booked.\n");
    }
    body.append("\n--\n")
        .append("DX人材育成 研修管理システム / DX Talent Development LMS\n")
        .append("このメールは送信専用です。/ This mail was sent automatically; please do not reply.\n");
    return new NoticeText(subject, body.toString());
  }
}
