package jp.city.lms.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jp.city.lms.security.entity.Role;

/**
 * The registry as it is now ({@link TestData#registry()}), as the HR feed's two files: {@code GET
 * /lms/api/it/registry/orgs.csv} and {@code staff.csv}. Only in the test deployment. Browser tests
 * run outside the server and share its database with every other IT, which adds staff and units of
 * its own; a browser test that uploads a full snapshot starts from these files, so that it changes
 * exactly what it means to change and nobody else counts as having left.
 */
@Stateless
@Path("it/registry")
@RolesAllowed(Role.HR_FEED)
public class RegistryFilesResource {

  @EJB TestData data;

  @GET
  @Path("{file: orgs\\.csv|staff\\.csv}")
  @Produces("text/csv;charset=UTF-8")
  public byte[] file(@PathParam("file") String file) {
    RegistryFiles registry = data.registry();
    return file.equals("orgs.csv") ? registry.orgsCsv() : registry.staffCsv();
  }
}
