// https://github.com/hashicorp/terraform/pull/3965
// Fixed: a per-key mutex (MutexKV keyed by security group id) is held by Create across the
// DescribeSecurityGroups call and the AuthorizeSecurityGroupIngress call.
package aws

import (
	"fmt"
	"sync"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/ec2"
)

type MutexKV struct {
	lock  sync.Mutex
	store map[string]*sync.Mutex
}

func NewMutexKV() *MutexKV {
	return &MutexKV{store: make(map[string]*sync.Mutex)}
}

func (m *MutexKV) get(key string) *sync.Mutex {
	m.lock.Lock()
	defer m.lock.Unlock()
	mu, ok := m.store[key]
	if !ok {
		mu = &sync.Mutex{}
		m.store[key] = mu
	}
	return mu
}

func (m *MutexKV) Lock(key string)   { m.get(key).Lock() }
func (m *MutexKV) Unlock(key string) { m.get(key).Unlock() }

var awsMutexKV = NewMutexKV()

type sgRuleSpec struct {
	SecurityGroupID string
	FromPort        int64
	ToPort          int64
	Protocol        string
	CidrBlocks      []string
}

func describeGroup(conn *ec2.EC2, id string) (*ec2.SecurityGroup, error) {
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

func buildPerm(r sgRuleSpec) *ec2.IpPermission {
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

func createRuleSerialized(conn *ec2.EC2, r sgRuleSpec) error {
	awsMutexKV.Lock(r.SecurityGroupID)
	defer awsMutexKV.Unlock(r.SecurityGroupID)

	sg, err := describeGroup(conn, r.SecurityGroupID)
	if err != nil {
		return err
	}

	perm := buildPerm(r)
	isVPC := sg.VpcId != nil && *sg.VpcId != ""
	req := &ec2.AuthorizeSecurityGroupIngressInput{
		GroupId:       sg.GroupId,
		IpPermissions: []*ec2.IpPermission{perm},
	}
	if !isVPC {
		req.GroupId = nil
		req.GroupName = sg.GroupName
	}

	if _, err := conn.AuthorizeSecurityGroupIngress(req); err != nil {
		return fmt.Errorf("error authorizing security group rule: %s", err)
	}
	return nil
}

func applyRulesSerialized(conn *ec2.EC2, rules []sgRuleSpec) {
	var wg sync.WaitGroup
	for _, r := range rules {
		wg.Add(1)
		go func(r sgRuleSpec) {
			defer wg.Done()
			_ = createRuleSerialized(conn, r)
		}(r)
	}
	wg.Wait()
}
