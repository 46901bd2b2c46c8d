package jp.city.lms.notice.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.city.lms.notice.boundary.Notices;
import jp.city.lms.notice.entity.Notice;
import jp.city.lms.notice.entity.NoticeStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The outbox for the training office (送信メール): every notice, newest first, paged in the database,
 * found by employee number and status, so that the office can answer "was I told?" and see who
 * could not be told for want of an email address.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Notices notices;

  private String employeeNo;
  private NoticeStatus status;
  private Notices.Search search = new Notices.Search(null, null);

  private final LazyDataModel<Notice> page = new NoticePage();

  private final class NoticePage extends LazyDataModel<Notice> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(notices.count(search));
    }

    @Override
    public List<Notice> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return notices.find(search, first, pageSize);
    }

    @Override
    public String getRowKey(Notice row) {
      return String.valueOf(row.getId());
    }
  }

  /** Applies the search fields. */
  public void find() {
    search = new Notices.Search(employeeNo, status);
  }

  /** Whether the notice is held because the person has no email address. */
  public boolean noAddress(Notice notice) {
    return Notice.NO_ADDRESS.equals(notice.getLastError());
  }

  public LazyDataModel<Notice> getNotices() {
    return page;
  }

  public NoticeStatus[] getStatuses() {
    return NoticeStatus.values();
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public NoticeStatus getStatus() {
    return status;
  }

  public void setStatus(NoticeStatus status) {
    this.status = status;
  }
}
