//! Heavy work (analysing a division, writing an export) runs off the async threads, a
//! few at a time. A large division can take seconds to lay out as a PDF; on the async
//! threads two such requests froze every other answer, `/healthz` included. Here they
//! queue for a permit, run on tokio's blocking threads, and a request that cannot get
//! a permit in time, or whose work takes too long, is answered "busy" (503) while the
//! rest of the server keeps answering.

use crate::http::error::{AppError, AppResult};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// How long a request waits for a permit, and for its work, before it is told the
/// server is busy.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(20);

/// The limit on heavy work, shared by all requests of one server.
#[derive(Debug)]
pub struct Work {
    permits: Arc<Semaphore>,
    wait: Duration,
}

impl Default for Work {
    fn default() -> Self {
        // One piece of heavy work per core: the async threads keep the rest.
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Work::new(cores, DEFAULT_WAIT)
    }
}

impl Work {
    /// At most `at_once` pieces of work at a time; a request waits at most `wait`.
    pub fn new(at_once: usize, wait: Duration) -> Self {
        Work {
            permits: Arc::new(Semaphore::new(at_once)),
            wait,
        }
    }

    /// Takes every permit, as if the server were full of heavy work: for tests of
    /// the busy answer. The work is allowed again when the guard is dropped.
    pub async fn occupy(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        let all = u32::try_from(self.permits.available_permits()).ok()?;
        self.permits.clone().acquire_many_owned(all).await.ok()
    }

    /// Runs `job` on a blocking thread once a permit is free.
    pub async fn run<T, F>(&self, job: F) -> AppResult<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let permit = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned())
            .await
            .map_err(|_| AppError::Busy)?
            .map_err(|_| AppError::Busy)?;
        // The permit goes with the job: if the request gives up waiting, the work
        // still counts until it is done.
        let handle = tokio::task::spawn_blocking(move || {
            let out = job();
            drop(permit);
            out
        });
        match tokio::time::timeout(self.wait, handle).await {
            Ok(Ok(out)) => Ok(out),
            Ok(Err(_)) | Err(_) => Err(AppError::Busy),
        }
    }
}
