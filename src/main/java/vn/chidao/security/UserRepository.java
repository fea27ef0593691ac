package vn.chidao.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.chidao.base.Role;

interface UserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select distinct u from AppUser u join u.roles r where u.governmentId = :governmentId and r = :role order by u.username")
    List<AppUser> findByGovernmentAndRole(Long governmentId, Role role);

    @Query("select distinct u from AppUser u join u.roles r where u.unitId = :unitId and r = :role and u.enabled = true order by u.username")
    List<AppUser> findByUnitAndRole(Long unitId, Role role);

    @Query("select u from AppUser u where u.governmentId = :governmentId order by u.username")
    List<AppUser> findByGovernment(Long governmentId);

    List<AppUser> findByUnitIdOrderByUsername(Long unitId);
}
