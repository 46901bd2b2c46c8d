package jp.city.lms.cohort.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which offering each member of a cohort goes to when the office places a cohort in offerings of a
 * course: the offerings are filled in the order given (normally by date) up to their free seats;
 * people beyond all the seats are the overflow, waitlisted on the first offering or spread over the
 * waitlists of all of them in turn. The enrolment itself then seats or waitlists them by arrival,
 * so the plan never exceeds a capacity: it only decides where each person asks.
 */
public final class SeatPlan {

  /** An offering and the seats still free in it. */
  public record Seats(long offeringId, int free) {}

  private SeatPlan() {}

  /**
   * @return the people for each offering, in the order they are to ask (seated first, then the
   *     overflow that goes there)
   */
  public static Map<Long, List<String>> of(
      List<Seats> offerings, List<String> people, CohortAssignment.Overflow overflow) {
    if (offerings.isEmpty()) {
      throw new IllegalArgumentException("no offering to place people in");
    }
    Map<Long, List<String>> plan = new LinkedHashMap<>();
    offerings.forEach(o -> plan.put(o.offeringId(), new ArrayList<>()));
    int next = 0;
    for (Seats o : offerings) {
      int take = Math.min(Math.max(o.free(), 0), people.size() - next);
      plan.get(o.offeringId()).addAll(people.subList(next, next + take));
      next += take;
    }
    List<String> rest = people.subList(next, people.size());
    for (int i = 0; i < rest.size(); i++) {
      Seats to =
          overflow == CohortAssignment.Overflow.SPREAD
              ? offerings.get(i % offerings.size())
              : offerings.get(0);
      plan.get(to.offeringId()).add(rest.get(i));
    }
    return plan;
  }
}
