package jp.city.lms.curriculum.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import org.junit.jupiter.api.Test;

/** The build packs the real content folder, with its file list, into the application. */
class PackagedContentTest {

  @Test
  void thePackedCopyIsTheContentFolder() throws ContentInvalidException {
    Map<String, byte[]> files =
        PackagedContent.files(PackagedContentTest.class.getClassLoader()).orElseThrow();

    ProgrammeContent packed = new ContentLoader().load(files);
    ProgrammeContent folder = new ContentLoader().load(ContentFixture.realContentDir());

    assertEquals(folder.files(), packed.files());
    assertEquals(folder.digest(), packed.digest());
  }

  @Test
  void nothingPackedIsEmpty() {
    ClassLoader empty = new ClassLoader(null) {};

    assertEquals(java.util.Optional.empty(), PackagedContent.files(empty));
  }
}
