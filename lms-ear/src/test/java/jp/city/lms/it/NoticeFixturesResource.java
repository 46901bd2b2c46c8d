package jp.city.lms.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * Notices for a browser test of the outbox page ({@code POST /lms/api/it/notices}): one person with
 * an email address and two notices, one without and a held notice. Only in the test deployment.
 * Answers the two employee numbers, "withAddress withoutAddress".
 */
@Stateless
@Path("it/notices")
@RolesAllowed(Role.TRAINING_OFFICE)
public class NoticeFixturesResource {

  @EJB TestData data;
  @EJB NoticeFixtures fixtures;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String make() {
    String prefix = TestData.unique();
    String unit = prefix + "U";
    data.unit(unit, "送信課", "課", null);
    String with = prefix + "A";
    String without = prefix + "B";
    data.staff(with, "送信 あり", "ソウシン", unit, "係員", StaffStatus.ACTIVE);
    data.staff(without, "送信 なし", "ソウシン", unit, "係員", StaffStatus.ACTIVE);
    fixtures.email(with, (prefix + ".a@city.example").toLowerCase(java.util.Locale.ROOT));
    fixtures.pending(with, 2);
    fixtures.pending(without, 1);
    return with + " " + without;
  }
}
