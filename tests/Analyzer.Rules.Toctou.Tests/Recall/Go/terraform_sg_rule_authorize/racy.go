// https://github.com/hashicorp/terraform/pull/3965
// Terraform walks the graph in parallel, so many aws_security_group_rule resources on the same
// security group are created at once. Each Create describes the group and then authorizes a rule
// built from that description; another rule can change the group in between, giving lost or
// duplicate rules. Fix: a per-security-group mutex (awsMutexKV) held from Describe to Authorize.
package aws

import (
	"fmt"
	"sync"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/ec2"
)

type ruleSpec struct {
	SecurityGroupID string
	FromPort        int64
	ToPort          int64
	Protocol        string
	CidrBlocks      []string
}

func findResourceSecurityGroup(conn *ec2.EC2, id string) (*ec2.SecurityGroup, error) {
	resp, err := conn.DescribeSecurityGroups(&ec2.DescribeSecurityGroupsInput{
		GroupIds: []*string{aws.String(id)},
	})
	if err != nil {
		return nil, err
	}
	if resp == nil || len(resp.SecurityGroups) != 1 {
		return nil, fmt.Errorf("no security group with ID %q", id)
	}
	return resp.SecurityGroups[0], nil
}

func expandRulePerm(r ruleSpec) *ec2.IpPermission {
	perm := &ec2.IpPermission{
		FromPort:   aws.Int64(r.FromPort),
		ToPort:     aws.Int64(r.ToPort),
		IpProtocol: aws.String(r.Protocol),
	}
	for _, c := range r.CidrBlocks {
		perm.IpRanges = append(perm.IpRanges, &ec2.IpRange{CidrIp: aws.String(c)})
	}
	return perm
}

func resourceSecurityGroupRuleCreate(conn *ec2.EC2, r ruleSpec) error {
	sg, err := findResourceSecurityGroup(conn, r.SecurityGroupID)
	if err != nil {
		return err
	}

	perm := expandRulePerm(r)
	isVPC := sg.VpcId != nil && *sg.VpcId != ""
	req := &ec2.AuthorizeSecurityGroupIngressInput{
		GroupId:       sg.GroupId,
		IpPermissions: []*ec2.IpPermission{perm},
	}
	if !isVPC {
		req.GroupId = nil
		req.GroupName = sg.GroupName
	}

	if _, err := conn.AuthorizeSecurityGroupIngress(req); err != nil { // Noncompliant
		return fmt.Errorf("error authorizing security group rule: %s", err)
	}
	return nil
}

// applyRules mimics the parallel graph walk over independent rule resources.
func applyRules(conn *ec2.EC2, rules []ruleSpec) {
	var wg sync.WaitGroup
	for _, r := range rules {
		wg.Add(1)
		go func(r ruleSpec) {
			defer wg.Done()
			_ = resourceSecurityGroupRuleCreate(conn, r)
		}(r)
	}
	wg.Wait()
}
