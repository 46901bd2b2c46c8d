package jp.city.lms.nomination.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import jp.city.lms.nomination.boundary.Nominations;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.platform.presentation.JsonBuilders;
import jp.city.lms.security.entity.Role;

/**
 * A manager's nominations over REST, with the same rules as the page, as the same boundary keeps
 * them: {@code POST /api/nominations/{round}} {@code {"employeeNo", "reason"}} → 201 {@code
 * {"round", "employeeNo", "status", "remaining"}}; 422 with the reason (quota used up, round
 * closed, not eligible), 409 nominated already, 403 someone outside the caller's scope or a caller
 * who is not a manager, 404 an unknown round. {@code GET /api/nominations/{round}/quota}: the
 * caller's department's quota in it.
 */
@Path("nominations/{round}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Role.MANAGER, Role.TRAINING_OFFICE, Role.ADMIN})
public class NominationResource {

  @EJB Nominations nominations;

  @POST
  public Response nominate(@PathParam("round") long round, String body) {
    JsonObject request;
    try (var reader = JsonBuilders.reader(new StringReader(body == null ? "" : body))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new BadRequestException("the body must be a JSON object", e);
    }
    if (!request.containsKey("employeeNo")) {
      throw new BadRequestException("employeeNo is missing");
    }
    Nomination n =
        nominations.nominate(
            round, request.getString("employeeNo", ""), request.getString("reason", null));
    return Response.status(Response.Status.CREATED)
        .entity(
            JsonBuilders.object()
                .add("round", round)
                .add("employeeNo", n.getStaff().getEmployeeNo())
                .add("status", n.getStatus().name())
                .add("remaining", n.getQuota().getRemaining())
                .build())
        .build();
  }

  @GET
  @Path("quota")
  public JsonObject quota(@PathParam("round") long round) {
    DepartmentQuota q = nominations.myQuota(round).orElseThrow(NotFoundException::new);
    return JsonBuilders.object()
        .add("round", round)
        .add("department", q.getUnitCode())
        .add("quota", q.getQuota())
        .add("nominated", q.getNominated())
        .add("remaining", q.getRemaining())
        .build();
  }
}
