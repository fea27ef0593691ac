package vn.chidao.clock;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClockSettingRepository extends JpaRepository<ClockSetting, Integer> {
}
