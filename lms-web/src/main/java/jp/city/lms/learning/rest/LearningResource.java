package jp.city.lms.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.text.Normalizer;
import java.util.List;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.learning.boundary.LearningRecord;
import jp.city.lms.learning.boundary.LearningRecord.Learning;
import jp.city.lms.learning.rest.LearningAnswer.CompletionLine;
import jp.city.lms.learning.rest.LearningAnswer.EnrolmentLine;
import jp.city.lms.learning.rest.LearningAnswer.TierLine;
import jp.city.lms.security.entity.Role;

/**
 * Someone's learning (contract v1): for the person, their managers (as of today), the training
 * office and administrators; anybody else gets 403, an unknown person 404.
 */
@Path("staff/{employeeNo}/learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class LearningResource {

  @EJB LearningRecord learning;
  @EJB Enrolments enrolments;

  @GET
  public LearningAnswer learning(@PathParam("employeeNo") String employeeNo) {
    String number = Normalizer.normalize(employeeNo, Normalizer.Form.NFKC).strip();
    Learning record =
        learning.of(number).orElseThrow(() -> new NotFoundException("no staff " + number));
    List<EnrolmentLine> places =
        enrolments.of(number).orElse(List.of()).stream()
            .map(
                p ->
                    new EnrolmentLine(
                        p.enrolment().getOffering().getId(),
                        p.enrolment().getOffering().getCourse().getCode(),
                        p.enrolment().getOffering().getStartsAt().toString(),
                        p.enrolment().getStatus().name(),
                        p.waitlistPosition()))
            .toList();
    return new LearningAnswer(
        record.staff().getEmployeeNo(),
        record.tiers().stream()
            .map(t -> new TierLine(t.getTier(), t.getAchievedOn().toString(), t.getFiscalYear()))
            .toList(),
        record.completions().stream()
            .map(
                c ->
                    new CompletionLine(
                        c.getCourse().getCode(),
                        c.getCompletedOn().toString(),
                        c.isPassed() ? "修了" : "未修了",
                        c.getScore(),
                        c.getSource()))
            .toList(),
        places);
  }
}
