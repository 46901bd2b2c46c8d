package jp.city.lms.audit.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.city.lms.audit.boundary.AuditLog;
import jp.city.lms.audit.entity.AuditEntry;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The audit log page: search by person, kind and dates, newest first, and export what matches. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @EJB AuditLog log;

  private String person;
  private String kind;
  private LocalDate from;
  private LocalDate to;
  private List<String> kinds;

  private final LazyDataModel<AuditEntry> entries = new EntryPage();

  @PostConstruct
  void init() {
    kinds = log.kinds();
  }

  private AuditLog.Search search() {
    return new AuditLog.Search(person, kind, from, to);
  }

  private final class EntryPage extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(Math.min(Integer.MAX_VALUE, log.count(search())));
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return log.find(search(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry row) {
      return String.valueOf(row.getId());
    }
  }

  /** What matches the search, as CSV (UTF-8 with BOM). */
  public StreamedContent getCsv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(CsvCells.BOM);
      out.write(
          CsvCells.bytes(
              CsvCells.line(List.of("id", "at", "actor", "address", "kind", "subject", "detail"))));
      for (AuditEntry e : log.export(search())) {
        out.write(
            CsvCells.bytes(
                CsvCells.line(
                    Arrays.asList(
                        String.valueOf(e.getId()),
                        AT.format(e.getHappenedAt()),
                        e.getActor(),
                        e.getAddress(),
                        e.getKind(),
                        e.getSubject(),
                        e.getDetail()))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("audit-log.csv")
        .contentType("text/csv;charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public List<String> getKinds() {
    return kinds;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
