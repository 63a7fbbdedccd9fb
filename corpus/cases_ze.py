from build_cases import case
# One case of the collector (ze-beam-flink-it-network-buffers) was left out: its PR fixes the same
# report (BEAM-12815, apache/beam#21094) that the corpus already holds.

case("ze-streampark-k8s-app-rbac-forbidden", "https://github.com/apache/streampark/issues/3051",
 """[Bug] k8s 下 Application 模式 的启动报错
Caused by: java.util.concurrent.CompletionException: org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: GET at: https://10.96.0.1/api/v1/namespaces/default/pods?labelSelector=app%3Dyjztest-pg-cdc001%2Ccomponent%3Dtaskmanager%2Ctype%3Dflink-native-kubernetes&allowWatchBookmarks=true&watch=true. Message: Forbidden.
	at java.util.concurrent.CompletableFuture.encodeThrowable(Unknown Source) ~[?:?]
	at java.util.concurrent.CompletableFuture$AsyncSupply.run(Unknown Source) ~[?:?]
Caused by: org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: GET at: https://10.96.0.1/api/v1/namespaces/default/pods?labelSelector=app%3Dyjztest-pg-cdc001%2Ccomponent%3Dtaskmanager%2Ctype%3Dflink-native-kubernetes&allowWatchBookmarks=true&watch=true. Message: Forbidden.
	at org.apache.flink.kubernetes.shaded.io.fabric8.kubernetes.client.dsl.base.OperationSupport.requestFailure(OperationSupport.java:684) ~[flink-dist-1.17.1.jar:1.17.1]""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.17.1", phase="startup", split="fresh-r")

case("ze-aws-msf-role-missing-kms", "https://github.com/aws-solutions-library-samples/guidance-for-developing-data-and-ai-foundation-with-amazon-sagemaker/issues/41",
 """Flink execution role missing KMS permissions for encrypted S3 bucket
The Managed Apache Flink application (`equity-trade-msk-flink-msk`) fails to deploy with:
InvalidArgumentException: Please check the role provided or validity of S3 location you provided.
We are unable to get the specified fileKey: flink.jar in the specified bucket: <account>-<app>-<env>-equity-trade-msk-flink-msk""",
 "CONFIG_ERROR", "PLATFORM", "FIX_CONFIG", phase="startup", split="fresh-r")

case("ze-zk-ha-unreachable-quorum-host", "https://github.com/apache/flink/pull/11938",
 """[FLINK-17443] [runtime] Flink's ZK in HA mode setup is unable to start up if any of the zk hosts are unreachable
java.net.UnknownHostException: foo-host: Name or service not known
	at java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)
	at java.net.InetAddress$2.lookupAllHostAddr(InetAddress.java:929)
	at java.net.InetAddress.getAllByName(InetAddress.java:1127)
	at org.apache.flink.shaded.zookeeper.org.apache.zookeeper.client.StaticHostProvider.<init>(StaticHostProvider.java:61)
	at org.apache.flink.shaded.zookeeper.org.apache.zookeeper.ZooKeeper.<init>(ZooKeeper.java:445)
	at org.apache.flink.shaded.curator.org.apache.curator.utils.DefaultZookeeperFactory.newZooKeeper(DefaultZookeeperFactory.java:29)
	at org.apache.flink.shaded.curator.org.apache.curator.framework.imps.CuratorFrameworkImpl$2.newZooKeeper(CuratorFrameworkImpl.java:150)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup", split="fresh-r")
