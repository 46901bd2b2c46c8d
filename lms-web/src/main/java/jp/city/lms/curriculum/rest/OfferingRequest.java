package jp.city.lms.curriculum.rest;

/** What a script sends to schedule an offering (contract v1); times are local to the city. */
public record OfferingRequest(
    String course,
    String start,
    String end,
    String venue,
    String onlineUrl,
    Integer capacity,
    String deadline,
    String instructor) {}
