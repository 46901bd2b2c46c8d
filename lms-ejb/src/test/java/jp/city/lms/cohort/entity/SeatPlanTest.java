package jp.city.lms.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import jp.city.lms.cohort.entity.CohortAssignment.Overflow;
import jp.city.lms.cohort.entity.SeatPlan.Seats;
import org.junit.jupiter.api.Test;

/**
 * Placing a cohort in offerings: filled in order, the overflow waitlisted on the first or spread.
 */
class SeatPlanTest {

  private static final List<Seats> OFFERINGS =
      List.of(new Seats(1, 2), new Seats(2, 0), new Seats(3, 1));
  private static final List<String> PEOPLE = List.of("a", "b", "c", "d", "e", "f");

  @Test
  void offeringsFillInOrderAndTheOverflowWaitsOnTheFirst() {
    Map<Long, List<String>> plan = SeatPlan.of(OFFERINGS, PEOPLE, Overflow.WAITLIST);
    assertEquals(List.of("a", "b", "d", "e", "f"), plan.get(1L));
    assertEquals(List.of(), plan.get(2L), "a full offering takes nobody");
    assertEquals(List.of("c"), plan.get(3L));
    assertEquals(List.of(1L, 2L, 3L), List.copyOf(plan.keySet()), "in the order given");
  }

  @Test
  void theOverflowSpreadsOverTheWaitlistsInTurn() {
    Map<Long, List<String>> plan = SeatPlan.of(OFFERINGS, PEOPLE, Overflow.SPREAD);
    assertEquals(List.of("a", "b", "d"), plan.get(1L));
    assertEquals(List.of("e"), plan.get(2L));
    assertEquals(List.of("c", "f"), plan.get(3L));
  }

  @Test
  void fewerPeopleThanSeatsLeaveTheLaterOfferingsEmpty() {
    Map<Long, List<String>> plan =
        SeatPlan.of(List.of(new Seats(1, 5), new Seats(2, 5)), List.of("a"), Overflow.SPREAD);
    assertEquals(List.of("a"), plan.get(1L));
    assertEquals(List.of(), plan.get(2L));
    assertThrows(
        IllegalArgumentException.class, () -> SeatPlan.of(List.of(), PEOPLE, Overflow.WAITLIST));
  }
}
