package vn.chidao.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, SignInFailure.Key> {

    /** The pair's row, locked until the transaction ends: two nodes counting the same failure wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SignInFailure f where f.username = :username and f.clientAddress = :address")
    Optional<SignInFailure> findForUpdate(String username, String address);

    @Modifying
    @Query("delete from SignInFailure f where f.username = :username")
    int deleteByUsername(String username);

    /** Rows of failures long past and no longer locking: no one needs them. */
    @Modifying
    @Query("delete from SignInFailure f where f.lastFailureAt < :before and (f.lockedUntil is null or f.lockedUntil < :now)")
    int deleteStale(Instant before, Instant now);

    @Query("select distinct f.username from SignInFailure f where f.username in :usernames and f.lockedUntil > :now")
    List<String> lockedAmong(Collection<String> usernames, Instant now);
}
