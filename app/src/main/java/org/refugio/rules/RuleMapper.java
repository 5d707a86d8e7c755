package org.refugio.rules;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes the workbench's tables: {@code rule_draft}, {@code rule_test_case}, {@code rule_deployment}. */
@Mapper
public interface RuleMapper {

  /** Stores a new draft (status DRAFT) and returns its id. */
  long insertDraft(@Param("decisionKey") String decisionKey, @Param("baseVersion") Integer baseVersion,
      @Param("dmnXml") String dmnXml, @Param("author") String author);

  Optional<RuleDraft> findDraft(@Param("id") long id);

  /** The draft, locked until the transaction ends, so that two reviewers cannot both decide it. */
  Optional<RuleDraft> lockDraft(@Param("id") long id);

  /** The drafts of a decision, newest first (without their XML). */
  List<RuleDraft> findDrafts(@Param("decisionKey") String decisionKey);

  int submitDraft(@Param("id") long id, @Param("reason") String reason);

  int reviewDraft(@Param("id") long id, @Param("status") RuleDraft.DraftStatus status,
      @Param("reviewer") String reviewer, @Param("comment") String comment, @Param("deploymentId") String deploymentId,
      @Param("deployedVersion") Integer deployedVersion);

  List<RuleTestCase> findTestCases(@Param("decisionKey") String decisionKey);

  Optional<RuleTestCase> findTestCase(@Param("decisionKey") String decisionKey, @Param("id") long id);

  long insertTestCase(@Param("decisionKey") String decisionKey, @Param("name") String name,
      @Param("inputs") String inputs, @Param("expected") String expected, @Param("createdBy") String createdBy);

  int updateTestCase(@Param("decisionKey") String decisionKey, @Param("id") long id, @Param("name") String name,
      @Param("inputs") String inputs, @Param("expected") String expected, @Param("createdBy") String createdBy);

  int deleteTestCase(@Param("decisionKey") String decisionKey, @Param("id") long id);

  void insertDeployment(RuleDeployment deployment);

  List<RuleDeployment> findDeployments(@Param("decisionKey") String decisionKey);
}
