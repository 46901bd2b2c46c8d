package jp.city.lms.curriculum.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import jp.city.lms.curriculum.control.CatalogueFilter;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingStatus;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;

/**
 * The course catalogue (研修一覧) every member of staff reads: the tiers and what each requires, the
 * courses narrowed by tier, format, skill and fiscal year or found by words, and a course with its
 * upcoming offerings and the seats left in them.
 */
@Stateless
@RolesAllowed({Role.STAFF, Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class Catalogue {

  @EJB Curriculum curriculum;

  @PersistenceContext EntityManager em;
  @Inject CityClock clock;

  public ProgrammeContent content() {
    return curriculum.content();
  }

  /** The tiers from bronze upward. */
  public List<Tier> tiers() {
    return content().tiersInOrder();
  }

  /** The courses of the programme that match, in the order of the content files. */
  public List<CourseDefinition> courses(@NotNull CatalogueFilter filter) {
    Set<String> offered =
        filter.fiscalYear() == null ? Set.of() : coursesOfferedIn(filter.fiscalYear());
    return filter.apply(content(), offered);
  }

  public Optional<CourseDefinition> course(@NotBlank String code) {
    return content().course(code.strip());
  }

  /**
   * A course that left the programme but is kept for its offerings and records; empty for a code
   * that is in the programme or was never known.
   */
  public Optional<Course> retiredCourse(@NotBlank String code) {
    return em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
        .setParameter("code", code.strip())
        .getResultStream()
        .filter(Course::isRetired)
        .findFirst();
  }

  /** One offering, cancelled or not, for anyone signed in. */
  public Optional<Offering> offering(long id) {
    return Optional.ofNullable(em.find(Offering.class, id));
  }

  /** The offerings of a course still to come and not cancelled, soonest first. */
  public List<OfferingSeats> upcomingOfferings(@NotBlank String code) {
    return withSeatsLeft(
        em.createNamedQuery(Offering.FIND_UPCOMING_OF_COURSE, Offering.class)
            .setParameter("code", code.strip())
            .setParameter("status", OfferingStatus.SCHEDULED)
            .setParameter("now", clock.now())
            .getResultList());
  }

  /**
   * The seats left in each offering: its capacity less the seats taken, which the offering counts
   * itself under the row lock every enrolment takes (none when it is cancelled).
   */
  public List<OfferingSeats> withSeatsLeft(@NotNull List<Offering> offerings) {
    return offerings.stream().map(o -> new OfferingSeats(o, o.getSeatsLeft())).toList();
  }

  /**
   * The fiscal years to choose from: the programme's and any year with offerings, in order; no year
   * in which the catalogue could show nothing.
   */
  public List<Integer> fiscalYears() {
    Programme programme = content().programme();
    Set<Integer> years = new TreeSet<>();
    IntStream.rangeClosed(programme.fromFiscalYear(), programme.toFiscalYear()).forEach(years::add);
    years.addAll(em.createNamedQuery(Offering.FIND_FISCAL_YEARS, Integer.class).getResultList());
    return List.copyOf(years);
  }

  private Set<String> coursesOfferedIn(int fiscalYear) {
    return new HashSet<>(
        em.createNamedQuery(Offering.FIND_COURSE_CODES_IN_FISCAL_YEAR, String.class)
            .setParameter("fiscalYear", fiscalYear)
            .setParameter("status", OfferingStatus.SCHEDULED)
            .getResultList());
  }
}
