create table if not exists assessment (
  reference varchar(36) primary key,
  created_at timestamp with time zone not null,
  answers varchar(8000) not null
);
