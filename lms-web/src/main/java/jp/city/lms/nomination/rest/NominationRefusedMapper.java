package jp.city.lms.nomination.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.nomination.presentation.NominationTexts;
import jp.city.lms.platform.rest.CallerLanguage;
import jp.city.lms.platform.rest.ErrorAnswer;

/**
 * A nomination rule that said no answers {@code {"error", "reason"}}, the reason in the caller's
 * language: 404 an unknown round, 403 a caller who is not a manager, 409 nominated already, 422
 * every other rule.
 */
@Provider
public class NominationRefusedMapper implements ExceptionMapper<NominationRefusedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(NominationRefusedException refused) {
    Locale locale = CallerLanguage.of(headers);
    int status =
        switch (refused.reason()) {
          case UNKNOWN_ROUND, UNKNOWN_NOMINATION -> 404;
          case NOT_A_MANAGER -> 403;
          case ALREADY_NOMINATED -> 409;
          default -> 422;
        };
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ErrorAnswer(
                refused.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                NominationTexts.reason(refused, locale)))
        .build();
  }
}
