-- dialect: mysql
-- privaudit holdout5: event_ticketing.sql (original schema written for evaluation)

CREATE TABLE `Event` (
  `eventId` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `eventName` varchar(200) COMMENT '活动名称',
  `venueName` varchar(200) COMMENT '场馆',
  `venueAddress` varchar(300) COMMENT '场馆地址',
  `startsAt` datetime COMMENT '开始时间',
  `organizerCompany` varchar(200) COMMENT '主办方',
  `organizerHotline` varchar(30) COMMENT '主办方客服电话',
  `ageRestriction` tinyint COMMENT '最低年龄'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='活动';

CREATE TABLE `Attendee` (
  `attendeeId` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `realName` varchar(64) COMMENT '实名购票姓名',
  `idType` tinyint COMMENT '证件类型 1身份证 2护照 3港澳通行证',
  `idNumber` varchar(32) COMMENT '证件号码',
  `mobile` varchar(20) COMMENT '手机号',
  `email` varchar(128),
  `gender` tinyint COMMENT '性别',
  `wheelchairAccess` tinyint(1) COMMENT '需要无障碍座位',
  `wechatOpenid` varchar(64) COMMENT '微信 openid',
  `registeredAt` datetime
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='观众/购票人';

CREATE TABLE `TicketOrder` (
  `orderId` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `orderSn` varchar(32) COMMENT '订单编号',
  `attendeeId` bigint,
  `totalAmount` decimal(10,2) COMMENT '订单金额',
  `couponCode` varchar(20) COMMENT '优惠码',
  `payChannel` varchar(16) COMMENT 'alipay/wechat/card',
  `paidAt` datetime,
  `buyerIp` varchar(45) COMMENT '下单IP',
  `buyerUserAgent` varchar(500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单';

CREATE TABLE `Ticket` (
  `ticketId` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `orderId` bigint,
  `eventId` int,
  `seatSection` varchar(10) COMMENT '区',
  `seatRow` varchar(5) COMMENT '排',
  `seatNumber` smallint COMMENT '座号',
  `priceTier` varchar(16),
  `qrPayload` varchar(256) COMMENT '入场二维码内容',
  `holderName` varchar(64) COMMENT '持票人姓名',
  `transferredFrom` bigint COMMENT '转赠人 attendeeId'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门票';

CREATE TABLE `CheckIn` (
  `checkInId` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ticketId` bigint,
  `gateNo` varchar(8) COMMENT '检票口',
  `scannedAt` datetime COMMENT '检票时间',
  `facePhoto` varchar(255) COMMENT '人脸核验抓拍',
  `matchScore` decimal(5,4) COMMENT '人脸比对得分',
  `deviceSn` varchar(32) COMMENT '闸机序列号'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='检票记录';

CREATE TABLE `EventReview` (
  `reviewId` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `eventId` int,
  `attendeeId` bigint,
  `stars` tinyint COMMENT '评分 1-5',
  `content` varchar(1000) COMMENT '评价内容（公开展示）',
  `createdAt` datetime
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='观后评价';
