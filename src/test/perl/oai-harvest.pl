#!/usr/bin/perl
# Harvests an OAI-PMH repository with HTTP::OAI (Debian's libhttp-oai-perl), a harvester
# the Chancery team did not write, and prints what it got as one JSON object:
#   perl oai-harvest.pl BASE_URL
# Identify, ListSets, ListMetadataFormats, ListIdentifiers page by page (resumption by
# hand, counting pages), ListRecords with the client's own automatic resumption, and a
# few bad requests with the error codes the repository answered.
use strict;
use warnings;
use HTTP::OAI;
use HTTP::OAI::Metadata::OAI_DC;
use JSON::PP;

my $base = shift or die "usage: oai-harvest.pl BASE_URL\n";
my %out;
my $h = HTTP::OAI::Harvester->new(baseURL => $base);

sub errors {
  my ($r) = @_;
  return [ map { $_->code } $r->errors ];
}

sub fail {
  my ($what, $r) = @_;
  die "$what failed: " . ($r->is_error ? $r->code . ' ' . $r->message
      : join(',', @{ errors($r) })) . "\n";
}

my $id = $h->Identify;
fail('Identify', $id) if $id->is_error || $id->errors;
$h->repository($id);
$out{identify} = {
  repositoryName => $id->repositoryName, baseURL => '' . $id->baseURL,
  protocolVersion => $id->protocolVersion, earliestDatestamp => $id->earliestDatestamp,
  deletedRecord => $id->deletedRecord, granularity => $id->granularity,
  adminEmail => [ $id->adminEmail ],
};

my $ls = $h->ListSets;
fail('ListSets', $ls) if $ls->is_error || $ls->errors;
my @sets;
while (my $s = $ls->next) {
  push @sets, { spec => $s->setSpec, name => $s->setName };
}
$out{sets} = \@sets;

my $lmf = $h->ListMetadataFormats;
fail('ListMetadataFormats', $lmf) if $lmf->is_error || $lmf->errors;
my @formats;
while (my $f = $lmf->next) {
  push @formats, $f->metadataPrefix;
}
$out{formats} = \@formats;

# ListIdentifiers, resumed by hand so the pages can be counted
$h->resume(0);
my (@headers, $pages);
my $r = $h->ListIdentifiers(metadataPrefix => 'oai_dc');
while (1) {
  fail('ListIdentifiers', $r) if $r->is_error || $r->errors;
  $pages++;
  while (my $hd = $r->next) {
    push @headers, { id => $hd->identifier, deleted => $hd->is_deleted ? JSON::PP::true
        : JSON::PP::false, datestamp => $hd->datestamp };
  }
  my $t = $r->resumptionToken;
  last unless $t && $t->resumptionToken;
  $r = $h->ListIdentifiers(resumptionToken => $t->resumptionToken);
}
$out{identifiers} = \@headers;
$out{identifierPages} = $pages;
$h->resume(1);

# ListRecords with the client's automatic resumption, records seen as they are parsed
my @records;
my $lr = $h->ListRecords(
  metadataPrefix => 'oai_dc',
  handlers => { metadata => 'HTTP::OAI::Metadata::OAI_DC' },
  onRecord => sub {
    my $rec = shift;
    my %one = (id => $rec->identifier,
      deleted => $rec->is_deleted ? JSON::PP::true : JSON::PP::false,
      sets => [ $rec->header->setSpec ]);
    if (!$rec->is_deleted && $rec->metadata) {
      my $dc = $rec->metadata->dc;
      $one{title} = $dc->{title}[0];
      $one{identifier} = $dc->{identifier};
      $one{date} = $dc->{date}[0];
    }
    push @records, \%one;
  });
fail('ListRecords', $lr) if $lr->is_error || $lr->errors;
$out{records} = \@records;

# bad requests: the error codes the repository answers ('force' makes the client send
# what it would otherwise refuse itself)
my %bad;
$bad{cannotDisseminateFormat} = errors($h->ListRecords(metadataPrefix => 'marc21'));
$bad{idDoesNotExist} = errors($h->GetRecord(identifier => 'oai:nowhere:nothing',
  metadataPrefix => 'oai_dc'));
$bad{badArgument} = errors($h->ListIdentifiers(metadataPrefix => 'oai_dc',
  from => '2026-01-01', until => '2026-12-31T00:00:00Z', force => 1));
$bad{badArgumentMissingPrefix} = errors($h->ListRecords(force => 1));
$bad{badResumptionToken} = errors($h->ListRecords(resumptionToken => 'forged.token'));
$bad{noRecordsMatch} = errors($h->ListRecords(metadataPrefix => 'oai_dc',
  until => '1900-01-01'));
$out{errors} = \%bad;

print JSON::PP->new->utf8->canonical->encode(\%out), "\n";
