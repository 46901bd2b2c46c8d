package jp.city.lms.cohort.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.city.lms.cohort.boundary.Cohorts;
import jp.city.lms.cohort.boundary.Cohorts.Summary;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortRule;
import jp.city.lms.cohort.entity.CohortRuleException;
import jp.city.lms.cohort.entity.Condition;
import jp.city.lms.cohort.entity.Condition.Field;
import jp.city.lms.cohort.entity.PersonFacts;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * The cohorts page ({@code office/cohorts.xhtml}, {@code ?edit=<id>} to change one): the cohorts
 * with their members today, and the rule builder (groups of conditions: AND inside a group, OR
 * between groups) with its preview on a date before saving.
 */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One condition as the form edits it: the values as typed. */
  public static class ConditionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Field field = Field.POSITION;
    private boolean negated;
    private String values;

    ConditionRow() {}

    ConditionRow(Condition c) {
      this.field = c.field();
      this.negated = c.negated();
      this.values = String.join(", ", c.values());
    }

    Condition condition() {
      return new Condition(field, negated, CohortTexts.values(field, values));
    }

    public Field getField() {
      return field;
    }

    public void setField(Field field) {
      this.field = field;
    }

    public boolean isNegated() {
      return negated;
    }

    public void setNegated(boolean negated) {
      this.negated = negated;
    }

    public String getValues() {
      return values;
    }

    public void setValues(String values) {
      this.values = values;
    }
  }

  /** The conditions that must all hold. */
  public static class GroupRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ConditionRow> conditions = new ArrayList<>();

    public List<ConditionRow> getConditions() {
      return conditions;
    }
  }

  @EJB Cohorts cohorts;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private Long edit;
  private Integer editedVersion;
  private String name;
  private LocalDate asOf;
  private final List<GroupRow> groups = new ArrayList<>();
  private transient List<Summary> all;
  private transient List<PersonFacts> preview;
  private LocalDate previewedOn;

  /** The cohort to change, if any, into the builder. */
  public void load() throws IOException {
    asOf = clock.today();
    groups.clear();
    if (edit != null) {
      Cohort cohort = cohorts.find(edit).orElse(null);
      if (cohort == null) {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
        return;
      }
      name = cohort.getName();
      editedVersion = cohort.getRuleVersion();
      for (List<Condition> group : cohort.rule().groups()) {
        GroupRow row = new GroupRow();
        group.forEach(c -> row.conditions.add(new ConditionRow(c)));
        groups.add(row);
      }
    } else {
      addGroup();
    }
  }

  public void addGroup() {
    GroupRow group = new GroupRow();
    group.conditions.add(new ConditionRow());
    groups.add(group);
  }

  public void removeGroup(GroupRow group) {
    if (groups.size() > 1) {
      groups.remove(group);
    }
  }

  public void addCondition(GroupRow group) {
    group.conditions.add(new ConditionRow());
  }

  public void removeCondition(GroupRow group, ConditionRow condition) {
    if (group.conditions.size() > 1) {
      group.conditions.remove(condition);
    }
  }

  /** Who the rule selects on the date chosen, and how many. */
  public void preview() {
    try {
      LocalDate on = asOf == null ? clock.today() : asOf;
      preview = cohorts.preview(rule(), on);
      previewedOn = on;
    } catch (CohortRuleException e) {
      preview = null;
      refused(e);
    }
  }

  /** Saves the cohort (or the new version of its rule) and opens it. */
  public String save() {
    try {
      Cohort saved =
          edit == null ? cohorts.create(name, rule()) : cohorts.change(edit, name, rule());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              CohortTexts.text("builder.saved", locale(), saved.getName()),
              null));
      return "/office/cohort?faces-redirect=true&id=" + saved.getId();
    } catch (CohortRuleException e) {
      refused(e);
      return null;
    }
  }

  private CohortRule rule() {
    return new CohortRule(
        groups.stream()
            .map(g -> g.conditions.stream().map(ConditionRow::condition).toList())
            .toList());
  }

  private void refused(CohortRuleException e) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, CohortTexts.reason(e, locale()), null));
  }

  public String describe(Cohort cohort) {
    return CohortTexts.describe(cohort.rule(), locale());
  }

  public String fieldName(Field field) {
    return CohortTexts.text("field." + field.name(), locale());
  }

  public Field[] getFields() {
    return Field.values();
  }

  public List<Summary> getAll() {
    if (all == null) {
      all = cohorts.all();
    }
    return all;
  }

  public List<PersonFacts> getPreview() {
    return preview;
  }

  public String getPreviewCount() {
    return preview == null
        ? ""
        : CohortTexts.text("preview.count", locale(), preview.size(), previewedOn.toString());
  }

  public String getBuilderTitle() {
    return edit == null
        ? CohortTexts.text("builder.title", locale())
        : CohortTexts.text("builder.editTitle", locale(), editedVersion);
  }

  public String statusName(PersonFacts p) {
    return p.status() == null ? "" : CohortTexts.text("status." + p.status().name(), locale());
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<GroupRow> getGroups() {
    return groups;
  }

  public Long getEdit() {
    return edit;
  }

  public void setEdit(Long edit) {
    this.edit = edit;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
