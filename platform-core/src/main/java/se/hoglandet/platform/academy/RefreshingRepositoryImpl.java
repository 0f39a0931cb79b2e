package se.hoglandet.platform.academy;

import jakarta.persistence.EntityManager;

/** Spring Data's fragment implementation of {@link RefreshingRepository}. */
class RefreshingRepositoryImpl<T> implements RefreshingRepository<T> {

    private final EntityManager entityManager;

    RefreshingRepositoryImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void refresh(T entity) {
        entityManager.refresh(entity);
    }
}
