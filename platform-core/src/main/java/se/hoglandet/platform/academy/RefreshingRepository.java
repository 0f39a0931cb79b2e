package se.hoglandet.platform.academy;

/** Re-reads an entity from the database, e.g. after taking a lock that other transactions waited for. */
interface RefreshingRepository<T> {

    void refresh(T entity);
}
