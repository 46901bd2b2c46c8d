package jp.city.lms.registry.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.city.lms.registry.entity.ImportRun;

/** The one step of the registry import job: runs the import whose number the job was given. */
@Named("registryImportBatchlet")
@Dependent
public class RegistryImportBatchlet extends AbstractBatchlet {

  @Inject @BatchProperty String run;

  @EJB ImportExecutor executor;

  @Override
  public String process() {
    ImportRun.Outcome outcome = executor.execute(Long.parseLong(run)).run().getOutcome();
    return outcome == ImportRun.Outcome.FAILED ? BatchStatus.FAILED.name() : outcome.name();
  }
}
