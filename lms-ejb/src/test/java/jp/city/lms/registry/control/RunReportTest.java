package jp.city.lms.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's JSON is contract v1: field names, order and present nulls as the HR system reads.
 */
class RunReportTest {

  @Test
  void theReportIsTheContractsDocumentFieldForField() {
    RunReport report =
        new RunReport(
            17,
            "REFUSED",
            "2025-04-01",
            new RunReport.Counts(1, 2, 3, 4, 5, 2, 6),
            new RunReport.Orgs(7, 8, 9, 10, 11),
            List.of(
                new RunReport.Rejected("staff.csv", 12, "所属コード", "ZZ999", "所属コード \"ZZ999\" がありません"),
                new RunReport.Rejected("orgs.csv", 3, null, null, "列が足りません")),
            null);

    assertEquals(
        "{\"run\":17,\"outcome\":\"REFUSED\",\"effective\":\"2025-04-01\","
            + "\"counts\":{\"hired\":1,\"transferred\":2,\"positionChanged\":3,\"left\":4,"
            + "\"unchanged\":5,\"rejected\":2,\"updated\":6},"
            + "\"orgs\":{\"added\":7,\"renamed\":8,\"moved\":9,\"closed\":10,\"reopened\":11},"
            + "\"rejected\":[{\"file\":\"staff.csv\",\"line\":12,\"field\":\"所属コード\","
            + "\"value\":\"ZZ999\",\"reason\":\"所属コード \\\"ZZ999\\\" がありません\"},"
            + "{\"file\":\"orgs.csv\",\"line\":3,\"field\":null,\"value\":null,"
            + "\"reason\":\"列が足りません\"}],"
            + "\"refusedBecause\":null}",
        report.toJson());
  }

  @Test
  void aReasonIsWrittenWhenThereIsOne() {
    RunReport report =
        new RunReport(
            5,
            "REFUSED",
            "2025-04-01",
            new RunReport.Counts(0, 0, 0, 0, 0, 0, 0),
            new RunReport.Orgs(0, 0, 0, 0, 0),
            List.of(),
            "too many leavers");

    assertEquals(
        "{\"run\":5,\"outcome\":\"REFUSED\",\"effective\":\"2025-04-01\","
            + "\"counts\":{\"hired\":0,\"transferred\":0,\"positionChanged\":0,\"left\":0,"
            + "\"unchanged\":0,\"rejected\":0,\"updated\":0},"
            + "\"orgs\":{\"added\":0,\"renamed\":0,\"moved\":0,\"closed\":0,\"reopened\":0},"
            + "\"rejected\":[],\"refusedBecause\":\"too many leavers\"}",
        report.toJson());
  }
}
