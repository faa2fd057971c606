using Compliance.Service.Reports;
using Compliance.Service.Runs;
using Compliance.Service.Schedules;
using Compliance.Service.Storage;
using Quartz;

namespace Compliance.Service.Jobs;

internal static class SchedulingExtensions
{
    /// <summary>
    /// Quartz with its persistent store in the application's database: SQLite for the embedded default,
    /// PostgreSQL with clustering when configured, so any node may fire any trigger.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = jobs.SchedulerName;
                s.InstanceId = jobs.Node;
                s.MaxBatchSize = jobs.MaxConcurrency;
                s.IdleWaitTime = jobs.IdleWaitTime;
            });
            q.UseDefaultThreadPool(jobs.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                if (storage.UsesPostgres)
                {
                    store.UsePostgres(storage.Postgres!);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = jobs.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = jobs.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(SqliteDialect.BuildConnectionString(storage.SqlitePath));
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.AddJob<CheckSubmissionJob>(j => j.WithIdentity(CheckSubmissionJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<ScheduledRunJob>(j => j.WithIdentity(ScheduledRunJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<WeeklyReportJob>(j => j.WithIdentity(WeeklyReportJob.Key).StoreDurably().RequestRecovery());
            q.AddJobListener<JobHistoryListener>([]);
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = false;
        });
        services.AddSingleton<RunDispatcher>();
        return services;
    }
}
