package jp.city.lms.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * Lets a browser test, which runs outside the server, own its people: {@code POST
 * /lms/api/it/learning/people} makes a unit and someone working in it under new numbers and answers
 * the employee number; {@code GET .../people/{no}/completions} lists what the learning record holds
 * of them. Only in the test deployment.
 */
@Stateless
@Path("it/learning/people")
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class LearningDataResource {

  @EJB TestData data;
  @EJB LearningData learning;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String person() {
    String unit = "CB" + TestData.unique();
    data.unit(unit, "修了取込画面試験課 " + unit, "課", null);
    String number = "B" + TestData.unique();
    data.staff(number, "画面 " + number, "ガメン", unit, "係員", StaffStatus.ACTIVE);
    return number;
  }

  @GET
  @Path("{no}/completions")
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> completions(@PathParam("no") String employeeNo) {
    return learning.completions(employeeNo);
  }
}
