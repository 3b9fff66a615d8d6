package io.cloudtwin.ucloud.net;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * Every RetCode the VPC and firewall actions add, over the wire as ucloud-sdk-go sends it (form POST, Action also in
 * the query): HTTP 200, the RetCode and a Message, and not one row of any network, firewall or host table changed.
 */
class NetworkRetCodeTest extends ServerTestBase {
    private String vpc;
    private String subnet;
    private String firewall;
    private String host;
    private String recommended;

    private static Map<String, String> signed(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, m);
    }

    private Response call(String... kv) {
        Map<String, String> p = signed(kv);
        return given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded").body(AliyunV1Signer.query(p))
                .post("/?Action=" + p.get("Action"));
    }

    private String ok(String path, String... kv) {
        Response r = call(kv);
        r.then().statusCode(200).body("RetCode", equalTo(0));
        return path == null ? null : r.then().extract().path(path);
    }

    /** Every row of every table the network and firewall actions touch. */
    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>(storeSnapshot());
        for (String q : new String[] {"SELECT * FROM vpc ORDER BY id", "SELECT * FROM subnet ORDER BY id",
                "SELECT * FROM subnet_address ORDER BY subnet_id, address", "SELECT * FROM firewall ORDER BY id",
                "SELECT * FROM firewall_rule ORDER BY firewall_id, seq", "SELECT * FROM firewall_binding ORDER BY instance_id",
                "SELECT * FROM default_network ORDER BY account_id"}) {
            rows.addAll(jdbc.sql(q).query().listOfRows());
        }
        return rows;
    }

    private void refused(int retCode, String... kv) {
        List<Map<String, Object>> before = snapshot();
        Response r = call(kv);
        r.then().statusCode(200).contentType(startsWith("application/json"))
                .body("RetCode", equalTo(retCode)).body("Message", not(emptyOrNullString()))
                .body("Action", equalTo(kv[1] + "Response"));
        assertThat(r.header("X-UCLOUD-REQUEST-UUID")).isNotBlank();
        assertThat(snapshot()).as("a refused %s changes nothing", kv[1]).isEqualTo(before);
    }

    @BeforeEach
    void world() {
        vpc = ok("VPCId", "Action", "CreateVPC", "Name", "v", "Network.0", "192.168.0.0/16");
        subnet = ok("SubnetId", "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "192.168.1.0", "Netmask", "29");
        firewall = ok("FWId", "Action", "CreateFirewall", "Name", "fw", "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH");
        host = ok("UHostIds[0]", "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "VPCId", vpc, "SubnetId", subnet, "SecurityGroupId", firewall);
        recommended = ok("DataSet[0].FWId", "Action", "DescribeFirewall");
    }

    @Test
    void firewallNotFoundIs4600AndDescribeAnswers54002() {
        refused(4600, "Action", "GrantFirewall", "FWId", "firewall-nope0000", "ResourceType", "uhost", "ResourceId", host);
        refused(4600, "Action", "DeleteFirewall", "FWId", "firewall-nope0000");
        refused(4600, "Action", "UpdateFirewall", "FWId", "firewall-nope0000", "Rule.0", "TCP|80|0.0.0.0/0|ACCEPT|HIGH");
        refused(4600, "Action", "UpdateFirewallAttribute", "FWId", "firewall-nope0000", "Name", "x");
        refused(4600, "Action", "DescribeFirewallResource", "FWId", "firewall-nope0000");
        refused(4600, "Action", "DisassociateFirewall", "FWId", "firewall-nope0000", "ResourceType", "ULB",
                "ResourceId", "ulb-nope0000");
        refused(54002, "Action", "DescribeFirewall", "FWId", "firewall-nope0000");
        // a host with another firewall: still 4600, and the host keeps its own
        refused(4600, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                "SubnetId", subnet, "SecurityGroupId", "firewall-nope0000");
    }

    @Test
    void firewallInUseIs4361AndRecommendedIs4358() {
        refused(4361, "Action", "DeleteFirewall", "FWId", firewall);
        refused(4358, "Action", "DeleteFirewall", "FWId", recommended);
    }

    @Test
    void takenNameIs4364() {
        refused(4364, "Action", "CreateFirewall", "Name", "fw", "Rule.0", "TCP|80|0.0.0.0/0|ACCEPT|HIGH");
        String other = ok("FWId", "Action", "CreateFirewall", "Name", "other", "Rule.0", "TCP|80|0.0.0.0/0|ACCEPT|HIGH");
        refused(4364, "Action", "UpdateFirewallAttribute", "FWId", other, "Name", "fw");
    }

    @Test
    void badPriorityIs4359AndBadRuleIs230() {
        refused(4359, "Action", "CreateFirewall", "Name", "p", "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|URGENT");
        refused(4359, "Action", "UpdateFirewall", "FWId", firewall, "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|TOP");
        for (String rule : new String[] {"TCP|22|0.0.0.0/0|ACCEPT", "SCTP|22|0.0.0.0/0|ACCEPT|HIGH",
                "TCP|70000|0.0.0.0/0|ACCEPT|HIGH", "TCP|90-80|0.0.0.0/0|ACCEPT|HIGH", "TCP|22|10.0.0.300/8|ACCEPT|HIGH",
                "TCP|22|0.0.0.0/0|ALLOW|HIGH", "TCP||0.0.0.0/0|ACCEPT|HIGH"}) {
            refused(230, "Action", "UpdateFirewall", "FWId", firewall, "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH",
                    "Rule.1", rule);
        }
        refused(220, "Action", "CreateFirewall", "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH");
        String longName = "n".repeat(129);
        refused(230, "Action", "CreateFirewall", "Name", longName, "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH");
        refused(230, "Action", "CreateFirewall", "Name", "ok", "Tag", "t".repeat(65), "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH");
        refused(230, "Action", "UpdateFirewallAttribute", "FWId", firewall, "Remark", "r".repeat(513));
        refused(230, "Action", "UpdateFirewall", "FWId", firewall, "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH|" + "r".repeat(257));
        refused(230, "Action", "CreateVPC", "Name", longName, "Network.0", "10.0.0.0/16");
        refused(230, "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "192.168.2.0", "SubnetName", longName);
        refused(220, "Action", "UpdateFirewall", "FWId", firewall);
    }

    @Test
    void hostsKeepTheirFirewall() {
        refused(230, "Action", "DisassociateFirewall", "FWId", firewall, "ResourceType", "uhost", "ResourceId", host);
        refused(230, "Action", "GrantFirewall", "FWId", firewall, "ResourceType", "uhost", "ResourceId", "uhost-nope0000");
        refused(230, "Action", "GrantFirewall", "FWId", firewall, "ResourceType", "bogus", "ResourceId", host);
    }

    @Test
    void vpcAndSubnetRefusals() {
        refused(230, "Action", "DeleteVPC", "VPCId", vpc);                      // a subnet and a host in it
        refused(230, "Action", "DeleteSubnet", "SubnetId", subnet);             // a host in it
        refused(230, "Action", "DeleteVPC", "VPCId", "uvnet-nope0000");
        refused(230, "Action", "DeleteSubnet", "SubnetId", "subnet-nope0000");
        refused(230, "Action", "CreateSubnet", "VPCId", "uvnet-nope0000", "Subnet", "192.168.2.0");
        refused(230, "Action", "CreateSecGroup", "VPCID", "uvnet-nope0000", "Name", "web"); // as Aliyun refuses it
        call("Action", "CreateSecGroup", "VPCId", "uvnet-nope0000", "Name", "web").then()
                .body("Message", containsString("uvnet-nope0000"));
        refused(230, "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "10.0.0.0");          // outside the VPC
        refused(230, "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "192.168.1.0", "Netmask", "24"); // overlaps
        refused(230, "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "192.168.2.7", "Netmask", "24"); // not a network
        refused(230, "Action", "CreateVPC", "Name", "bad", "Network.0", "192.168.0.0/33");
        refused(230, "Action", "CreateVPC", "Name", "bad", "Network.0", "10.0.0.0/8", "Network.1", "10.1.0.0/16");
        refused(220, "Action", "CreateVPC", "Name", "bad");
        refused(230, "Action", "DescribeSubnetResource", "SubnetId", "subnet-nope0000");
    }

    @Test
    void aFullSubnetIs8847() {
        // a /29 gives 8 - 3 reserved (network, gateway .1, broadcast) = 5 addresses; one host holds one already
        ok(null, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                "SubnetId", subnet, "MaxCount", "4");
        refused(8847, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                "SubnetId", subnet);
        refused(230, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                "SubnetId", "subnet-nope0000");
    }
}
