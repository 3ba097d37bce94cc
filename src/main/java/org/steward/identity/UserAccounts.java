package org.steward.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = org.steward.identity.Role.ADMIN")
    long countActiveAdmins();

    @Query("select u from UserAccount u join u.roles r where u.enabled = true and r = :role order by u.displayName")
    List<UserAccount> findActiveWithRole(Role role);

    @Query("""
            select u from UserAccount u
            where :text = '' or lower(u.username) like concat('%', :text, '%') escape '\\' or lower(u.displayName) like concat('%', :text, '%') escape '\\'
            """)
    Slice<UserAccount> search(String text, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :text = '' or lower(u.username) like concat('%', :text, '%') escape '\\' or lower(u.displayName) like concat('%', :text, '%') escape '\\'
            """)
    long countSearch(String text);
}
