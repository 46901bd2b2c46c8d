package jp.city.lms.registry.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.registry.boundary.ImportRuns;
import jp.city.lms.registry.entity.ChangeCounts;
import jp.city.lms.registry.entity.ImportRun;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The history of registry imports (取込履歴): every run, newest first, paged in the database; and the
 * run named by {@code ?run=ID} in detail, with why it was refused and the rows it rejected. People
 * come here to find where a change in the registry came from.
 */
@Named
@ViewScoped
public class ImportRunsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ImportRuns runs;

  @Inject FacesContext faces;

  private final LazyDataModel<ImportRun> page = new RunPage();

  /** The run asked for by {@code ?run=}, if any; null also when there is no such run. */
  private ImportRun selected;

  private String asked;

  @PostConstruct
  void init() {
    asked = faces.getExternalContext().getRequestParameterMap().get("run");
    if (asked != null && asked.matches("\\d{1,18}")) {
      selected = runs.find(Long.parseLong(asked)).orElse(null);
    }
  }

  private final class RunPage extends LazyDataModel<ImportRun> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(runs.count());
    }

    @Override
    public List<ImportRun> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return runs.recent(first, pageSize);
    }

    @Override
    public String getRowKey(ImportRun row) {
      return String.valueOf(row.getId());
    }
  }

  /** A run's refusal or failure in the page's language. */
  public String because(ImportRun run) {
    Locale locale = faces.getViewRoot().getLocale();
    boolean english = locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    return english ? run.getRefusedBecauseEn() : run.getRefusedBecause();
  }

  /** How long a run took, in seconds; null while it runs. */
  public Double seconds(ImportRun run) {
    return run.getOutcome() == ImportRun.Outcome.RUNNING ? null : run.getDurationMs() / 1000.0;
  }

  /** Whether {@code ?run=} named a run that does not exist. */
  public boolean isNotFound() {
    return asked != null && selected == null;
  }

  public String getAsked() {
    return asked;
  }

  public LazyDataModel<ImportRun> getRuns() {
    return page;
  }

  public ImportRun getSelected() {
    return selected;
  }

  public ChangeCounts getSelectedCounts() {
    return selected == null ? null : selected.getCounts();
  }

  public String getSelectedChart() {
    if (selected == null) {
      return null;
    }
    var bundle = faces.getApplication().getResourceBundle(faces, "reg");
    return ChangeChart.json(selected.getCounts(), selected.getRejected(), bundle::getString);
  }
}
