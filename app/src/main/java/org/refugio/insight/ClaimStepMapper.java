package org.refugio.insight;

import java.util.Date;
import org.apache.ibatis.annotations.Mapper;

/** Writes {@code refugio.claim_step}, the steps where claims wait (V29), for {@link ClaimStepHistory}. */
@Mapper
public interface ClaimStepMapper {

  /** One step of a claim's process, as the engine reports its start or its end. */
  record Step(String activityInstanceId, String processInstanceId, String activityId,
      String activityName, String activityType, Date startedAt, Date endedAt, Long durationMs) {
  }

  /** A step that started: a row with the office and modality of the claim its process instance belongs to. */
  void insertStarted(Step step);

  /**
   * A step that ended: its end and duration (the engine's, or from the recorded start when the engine's end event
   * does not carry it); the row keeps the office that held the claim while it was open. The rows updated: none when
   * the step's start was never recorded.
   */
  int updateEnded(Step step);
}
