package se.hoglandet.platform.academy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {}
