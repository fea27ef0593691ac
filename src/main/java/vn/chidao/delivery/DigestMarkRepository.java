package vn.chidao.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface DigestMarkRepository extends JpaRepository<DigestMark, String> {
}
