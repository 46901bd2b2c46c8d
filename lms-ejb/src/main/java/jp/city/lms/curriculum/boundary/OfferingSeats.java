package jp.city.lms.curriculum.boundary;

import java.io.Serializable;
import jp.city.lms.curriculum.entity.Offering;

/** An offering with the seats still free, as the catalogue and the training office see it. */
public class OfferingSeats implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Offering offering;
  private final int seatsLeft;

  public OfferingSeats(Offering offering, int seatsLeft) {
    this.offering = offering;
    this.seatsLeft = seatsLeft;
  }

  public Offering getOffering() {
    return offering;
  }

  public int getSeatsLeft() {
    return seatsLeft;
  }
}
