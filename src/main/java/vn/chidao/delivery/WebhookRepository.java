package vn.chidao.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, Long> {
}
