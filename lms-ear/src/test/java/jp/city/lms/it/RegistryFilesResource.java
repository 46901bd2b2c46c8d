package jp.city.lms.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.city.lms.demo.control.CityGenerator;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * The registry as it is now, written as the HR feed's two files ({@code GET
 * /lms/api/it/registry/orgs.csv} and {@code staff.csv}): open org units and everyone who has not
 * left. Only in the test deployment. Browser tests run outside the server and share its database
 * with every other IT, which adds staff and units of its own; a test that imports a full snapshot
 * builds it from these files, so that it changes exactly what it means to change and nobody else is
 * marked as left.
 */
@Stateless
@Path("it/registry")
@RolesAllowed(Role.HR_FEED)
public class RegistryFilesResource {

  @PersistenceContext EntityManager em;

  @GET
  @Path("{file: orgs\\.csv|staff\\.csv}")
  @Produces("text/csv;charset=UTF-8")
  public byte[] file(@PathParam("file") String file) throws IOException {
    java.nio.file.Path dir = Files.createTempDirectory("lms-it-registry-");
    try {
      CityGenerator.write(now(), dir, StandardCharsets.UTF_8, false);
      java.nio.file.Path written = dir.resolve(file);
      if (!Files.isRegularFile(written)) {
        throw new NotFoundException(file);
      }
      return Files.readAllBytes(written);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private CityGenerator.Snapshot now() {
    List<CityGenerator.Org> orgs =
        em.createQuery(
                "SELECT o.code, o.name, p.code, o.kind FROM OrgUnit o LEFT JOIN o.parent p"
                    + " WHERE o.closedOn IS NULL ORDER BY o.code",
                Object[].class)
            .getResultStream()
            .map(
                r ->
                    new CityGenerator.Org(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3]))
            .toList();
    List<CityGenerator.Person> staff =
        em.createQuery(
                "SELECT s.employeeNo, s.name, s.nameKana, o.code, s.position, s.jobCategory,"
                    + " s.hiredOn, s.status, s.email, s.managerNo FROM Staff s JOIN s.orgUnit o"
                    + " WHERE s.status <> :left ORDER BY s.employeeNo",
                Object[].class)
            .setParameter("left", StaffStatus.LEFT)
            .getResultStream()
            .map(
                r ->
                    new CityGenerator.Person(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        r[7] == StaffStatus.ON_LEAVE
                            ? CityGenerator.ON_LEAVE
                            : CityGenerator.ACTIVE,
                        (String) r[8],
                        (String) r[9]))
            .toList();
    return new CityGenerator.Snapshot(LocalDate.now(), orgs, staff);
  }
}
