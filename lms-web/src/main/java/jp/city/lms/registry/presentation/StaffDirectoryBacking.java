package jp.city.lms.registry.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.city.lms.registry.boundary.StaffDirectory;
import jp.city.lms.registry.boundary.StaffDirectory.Criteria;
import jp.city.lms.registry.boundary.StaffDirectory.SortBy;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The staff directory page: the search form and a lazy table that pages and sorts in the database.
 */
@Named
@ViewScoped
public class StaffDirectoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's sortable columns, by the property the column shows. */
  private static final Map<String, SortBy> SORTABLE =
      Map.of(
          "employeeNo", SortBy.EMPLOYEE_NO,
          "nameKana", SortBy.NAME_KANA,
          "orgUnit.path", SortBy.ORG_UNIT,
          "position", SortBy.POSITION,
          "hiredOn", SortBy.HIRED_ON);

  @EJB StaffDirectory directory;

  private String text;
  private String orgCode;
  private boolean includeLeft;
  private List<OrgUnit> orgUnits;
  private final LazyDataModel<Staff> staff = new StaffPage();

  @PostConstruct
  void init() {
    orgUnits = directory.orgUnits();
  }

  private Criteria criteria() {
    return new Criteria(text, orgCode, includeLeft);
  }

  private final class StaffPage extends LazyDataModel<Staff> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(directory.count(criteria()));
    }

    @Override
    public List<Staff> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      SortBy column =
          sort == null
              ? SortBy.EMPLOYEE_NO
              : SORTABLE.getOrDefault(sort.getField(), SortBy.EMPLOYEE_NO);
      boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
      return directory.search(criteria(), first, pageSize, column, ascending);
    }

    @Override
    public String getRowKey(Staff row) {
      return row.getEmployeeNo();
    }
  }

  public LazyDataModel<Staff> getStaff() {
    return staff;
  }

  public List<OrgUnit> getOrgUnits() {
    return orgUnits;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public void setOrgCode(String orgCode) {
    this.orgCode = orgCode;
  }

  public boolean isIncludeLeft() {
    return includeLeft;
  }

  public void setIncludeLeft(boolean includeLeft) {
    this.includeLeft = includeLeft;
  }
}
