package jp.city.lms.platform.presentation;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What people see when a page fails, for full-page and Ajax requests alike (an Ajax request never
 * reaches web.xml's error pages and would otherwise fail without a word): a stale or forged form
 * (its view state unknown to the server, or its PrimeFaces nonce not the page's) leads to a page
 * that says so and offers to load the page afresh; anything else is logged with an incident number
 * and leads to a page that gives that number, never a stack trace or a version.
 */
public class FacesErrorHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FacesErrorHandler.class.getName());

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new FacesErrorHandler(getWrapped().getExceptionHandler());
    }
  }

  public FacesErrorHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
    if (queued.hasNext()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Throwable failure = queued.next().getContext().getException();
      queued.remove();
      while (queued.hasNext()) {
        queued.next();
        queued.remove();
      }
      ExternalContext external = faces.getExternalContext();
      String target;
      if (isExpired(failure)) {
        String page = faces.getViewRoot() != null ? faces.getViewRoot().getViewId() : null;
        if (page == null && failure instanceof ViewExpiredException expired) {
          page = expired.getViewId();
        }
        target =
            "/error/expired.xhtml"
                + (page == null ? "" : "?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
      } else {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Page failed, incident " + incident, failure);
        target = "/error/failed.xhtml?incident=" + incident;
      }
      if (!external.isResponseCommitted()) {
        try {
          external.redirect(external.getRequestContextPath() + target);
          faces.responseComplete();
        } catch (IOException e) {
          throw new FacesException(e);
        }
      }
    }
    getWrapped().handle();
  }

  /** The view state is unknown, or PrimeFaces found the form's nonce not to be the view's. */
  private static boolean isExpired(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException
          || t.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }
}
