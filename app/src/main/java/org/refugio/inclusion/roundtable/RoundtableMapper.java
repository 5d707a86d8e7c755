package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and writes the roundtable tables ({@code roundtable}, {@code roundtable_member}, {@code roundtable_session},
 * {@code roundtable_agreement}) and reads the gaps in a roundtable's scope ({@code inclusion_gap}).
 */
@Mapper
public interface RoundtableMapper {

  List<RoundtableRow> findAll();

  Optional<RoundtableRow> find(@Param("id") long id);

  /** Stores a roundtable and returns its generated id. */
  long insert(@Param("r") NewRoundtable roundtable, @Param("by") String by);

  void setGroups(@Param("id") long id, @Param("memberGroupId") String memberGroupId,
      @Param("coordinatorGroupId") String coordinatorGroupId);

  boolean scopeTaken(@Param("level") String level, @Param("stateCode") String stateCode,
      @Param("municipality") String municipality, @Param("theme") String theme);

  boolean stateExists(@Param("code") String code);

  boolean institutionExists(@Param("code") String code);

  List<RoundtableMember> findMembers(@Param("roundtableId") long roundtableId);

  long insertMember(@Param("roundtableId") long roundtableId, @Param("m") NewMember member, @Param("by") String by);

  int deleteMember(@Param("roundtableId") long roundtableId, @Param("memberId") long memberId);

  /** The gaps opened in the period in the roundtable's scope, counted by {@code dimension}. */
  List<GapCount> countGaps(@Param("s") RoundtableRow scope, @Param("from") LocalDate from, @Param("to") LocalDate to,
      @Param("dimension") String dimension);

  /**
   * The gaps opened in the period in the roundtable's scope, with their claims, narrowed by theme, institution and
   * reason bucket ({@code OVERDUE} or a reason code) when given; oldest first.
   */
  List<GapCaseRow> findGapCases(@Param("s") RoundtableRow scope, @Param("from") LocalDate from,
      @Param("to") LocalDate to, @Param("theme") String theme, @Param("institution") String institution,
      @Param("reason") String reason, @Param("limit") int limit);

  long insertSession(@Param("roundtableId") long roundtableId, @Param("heldOn") LocalDate heldOn,
      @Param("minutesNote") String minutesNote, @Param("by") String by);

  long insertAgreement(@Param("sessionId") long sessionId, @Param("roundtableId") long roundtableId,
      @Param("text") String text, @Param("institution") String institution, @Param("dueDate") LocalDate dueDate);

  void setAgreementProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  List<AgreementRow> findAgreements(@Param("roundtableId") long roundtableId);

  Optional<AgreementRow> findAgreement(@Param("id") long id);

  void insertProgress(@Param("agreementId") long agreementId, @Param("note") String note,
      @Param("closed") boolean closed, @Param("by") String by);

  void updateAgreement(@Param("id") long id, @Param("note") String note, @Param("closed") boolean closed,
      @Param("closedOn") LocalDate closedOn);

  void markEscalated(@Param("id") long id);

  /** The theme of an institution that receives referrals, or empty for the others. */
  Optional<String> referralTheme(@Param("code") String institutionCode);
}
