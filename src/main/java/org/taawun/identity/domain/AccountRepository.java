package org.taawun.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, UUID> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(@Param("email") String email);

    /** Changes only the language (not the session stamp: her sessions go on). */
    @Modifying
    @Query("update Account a set a.locale = :language where a.id = :id")
    int setLanguage(@Param("id") UUID accountId, @Param("language") String language);

    @Query("select a from Account a where lower(a.email) like lower(concat('%', :text, '%'))"
            + " or lower(a.displayName) like lower(concat('%', :text, '%')) order by a.createdAt desc")
    Page<Account> search(@Param("text") String text, Pageable pageable);

    /** The people acting for a cooperative, without their roles and other cooperatives (one query). */
    @Query("select a.id as id, a.displayName as displayName, a.email as email, a.status as status"
            + " from Account a join a.cooperativeIds c where c = :cooperativeId order by a.displayName")
    List<ActingFor> findPeopleActingFor(@Param("cooperativeId") UUID cooperativeId);

    interface ActingFor {
        UUID getId();

        String getDisplayName();

        String getEmail();

        AccountStatus getStatus();
    }

    @Query(
            value = "select count(*) > 0 from identity.account_cooperatives where account_id = :account"
                    + " and cooperative_id = :cooperative",
            nativeQuery = true)
    boolean actsFor(@Param("account") UUID accountId, @Param("cooperative") UUID cooperativeId);

    /** The session stamp of an active account; empty when the account is gone, suspended or not yet active. */
    @Query(
            value = "select session_stamp from identity.accounts where id = :id and status = 'ACTIVE'",
            nativeQuery = true)
    Optional<Long> activeSessionStamp(@Param("id") UUID accountId);
}
