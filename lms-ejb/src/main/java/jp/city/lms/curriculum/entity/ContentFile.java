package jp.city.lms.curriculum.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.util.Objects;

/** One file of a recorded content version, byte for byte, so the version can be loaded again. */
@Embeddable
public class ContentFile {

  @Column(nullable = false)
  private String path;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "file_bytes", nullable = false)
  private byte[] bytes;

  protected ContentFile() {}

  public ContentFile(String path, byte[] bytes) {
    this.path = Objects.requireNonNull(path, "path");
    this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  public String getPath() {
    return path;
  }

  public byte[] bytes() {
    return bytes.clone();
  }
}
